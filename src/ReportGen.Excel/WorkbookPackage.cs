using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReportGen.Excel;

/// <summary>
/// The pass after ClosedXML saves: writes the engine's figures as the cached values of formula cells (so readers that
/// never recalculate show them), asks Excel to recalculate on open, and rewrites the zip with fixed entry order and
/// timestamps so that the same inputs give the same bytes.
/// </summary>
internal static partial class WorkbookPackage
{
    private const string CorePropertiesFolder = "package/services/metadata/core-properties/";
    private const string CorePropertiesName = CorePropertiesFolder + "core.psmdcp";
    private static readonly DateTimeOffset ZipEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Finish(MemoryStream saved, IReadOnlyDictionary<(string Sheet, string Address), CachedValue> cached, DateTimeOffset created, Stream output)
    {
        saved.Position = 0;
        using (var document = SpreadsheetDocument.Open(saved, isEditable: true))
        {
            var workbookPart = document.WorkbookPart!;
            foreach (var sheet in workbookPart.Workbook.Sheets!.Elements<Sheet>())
            {
                var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!);
                foreach (var cell in part.Worksheet.Descendants<Cell>().Where(c => c.CellFormula is not null))
                {
                    if (!cached.TryGetValue((sheet.Name!, cell.CellReference!), out var value))
                    {
                        continue;
                    }

                    if (value.Number is { } number)
                    {
                        cell.DataType = null;
                        cell.CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        cell.DataType = CellValues.String;
                        cell.CellValue = new CellValue(value.Text ?? "");
                    }
                }

                part.Worksheet.Save();
            }

            // The cached values are the engine's figures, which every formula reproduces: no recalculation on opening, so
            // Excel does not ask to save a workbook the reader never changed. The calculation engine id is Excel's own.
            var calc = workbookPart.Workbook.CalculationProperties ??= new CalculationProperties();
            calc.FullCalculationOnLoad = null;
            calc.CalculationId = 191029U;
            AbsolutePrintTitles(workbookPart.Workbook);
            workbookPart.Workbook.Save();
        }

        Repack(saved, output);
    }

    /// <summary>
    /// ClosedXML writes the rows to repeat on each printed page as <c>'Appendix 2'!5:6</c>; Excel accepts that, LibreOffice
    /// repeats only absolute references (<c>'Appendix 2'!$5:$6</c>).
    /// </summary>
    private static void AbsolutePrintTitles(Workbook workbook)
    {
        foreach (var name in workbook.DefinedNames?.Elements<DefinedName>().Where(n => n.Name == "_xlnm.Print_Titles") ?? [])
        {
            name.Text = RowRange().Replace(name.Text, m => $"!${m.Groups[1].Value}:${m.Groups[2].Value}");
        }
    }

    [GeneratedRegex(@"!\$?(\d+):\$?(\d+)$")]
    private static partial Regex RowRange();

    /// <summary>
    /// Copies the package with entries in a fixed order and a fixed timestamp. System.IO.Packaging names the core-properties
    /// part and the package relationships at random; they get fixed names (nothing else refers to them).
    /// </summary>
    private static void Repack(MemoryStream package, Stream output)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var entries = source.Entries
            .Select(e => (Entry: e, Name: e.FullName.StartsWith(CorePropertiesFolder, StringComparison.Ordinal) ? CorePropertiesName : e.FullName))
            .OrderBy(e => e.Name == "[Content_Types].xml" ? 0 : 1)
            .ThenBy(e => e.Name, StringComparer.Ordinal);
        foreach (var (entry, name) in entries)
        {
            var copy = target.CreateEntry(name, CompressionLevel.Optimal);
            copy.LastWriteTime = ZipEpoch;
            using var from = entry.Open();
            using var to = copy.Open();
            if (name == "_rels/.rels")
            {
                using var reader = new StreamReader(from, Encoding.UTF8);
                var counter = 0;
                var text = CoreProperties().Replace(reader.ReadToEnd(), "/" + CorePropertiesName);
                text = RandomId().Replace(text, _ => $"Id=\"rIdPkg{++counter}\"");
                to.Write(Encoding.UTF8.GetBytes(text));
            }
            else
            {
                from.CopyTo(to);
            }
        }
    }

    [GeneratedRegex(@"/package/services/metadata/core-properties/[0-9a-f]+\.psmdcp")]
    private static partial Regex CoreProperties();

    [GeneratedRegex(@"Id=""R[0-9a-f]{16}""")]
    private static partial Regex RandomId();
}
