using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReportGen.Excel;

/// <summary>
/// The pass after ClosedXML saves: writes the engine's figures as the cached values of formula cells (so readers that
/// never recalculate show them), asks Excel to recalculate on open, and rewrites the zip with fixed entry order and
/// timestamps so that the same inputs give the same bytes.
/// </summary>
internal static class WorkbookPackage
{
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

            var calc = workbookPart.Workbook.CalculationProperties ??= new CalculationProperties();
            calc.FullCalculationOnLoad = true;
            calc.CalculationId = 191029U;
            workbookPart.Workbook.Save();
        }

        Repack(saved, output);
    }

    /// <summary>Copies the package with entries in a fixed order and a fixed timestamp.</summary>
    private static void Repack(MemoryStream package, Stream output)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var entries = source.Entries
            .OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1)
            .ThenBy(e => e.FullName, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = ZipEpoch;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
