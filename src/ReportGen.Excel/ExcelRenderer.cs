using System.Globalization;
using ClosedXML.Excel;
using ReportGen.Documents;
using ReportGen.Rendering;

namespace ReportGen.Excel;

/// <summary>
/// Renders each language's <see cref="ReleaseDocument"/> as a workbook: a sheet per table, then the data sheet every
/// formula refers to. Derived cells are live formulas; <see cref="WorkbookPackage"/> writes the engine's figures as their
/// cached values and makes the file byte-for-byte reproducible. Blocks other than tables are the PDF's to print.
/// </summary>
public sealed class ExcelRenderer : IRenderer
{
    public string Format => "xlsx";

    public string Description => "one workbook per language: a sheet per table with live formulas, and the data sheet";

    public IEnumerable<RenderedFile> Files(DocumentSet documents) =>
        documents.Documents.Select(d => new RenderedFile(d.FileStem + ".xlsx", stream => Render(d, stream)));

    private const int FirstFigureColumn = 2;
    private const int DataFirstRow = 5;
    private const int DataFirstPeriodColumn = 4;

    public static void Render(ReleaseDocument document, Stream output)
    {
        var cached = new Dictionary<(string Sheet, string Address), CachedValue>();
        using var workbook = new XLWorkbook();
        SetProperties(workbook, document.Metadata);

        var dataSheetName = document.Data.SheetName;
        var dataRows = document.Data.Rows.Select((row, index) => (row.Item, index)).ToDictionary(x => x.Item, x => DataFirstRow + x.index, StringComparer.Ordinal);
        var periodColumns = document.Data.PeriodKeys.Select((key, index) => (key, index)).ToDictionary(x => x.key, x => DataFirstPeriodColumn + x.index, StringComparer.Ordinal);
        var rateCell = $"{Quote(dataSheetName)}!$D$3";
        string DataCell(string item, string period) =>
            $"{Quote(dataSheetName)}!${ColumnLetter(periodColumns[period])}${dataRows[item]}";

        for (var i = 0; i < document.Blocks.Count; i++)
        {
            if (document.Blocks[i] is TableBlock { Table: var table } block)
            {
                RenderException.Guard(document, i, block, () => TableSheet.Write(workbook.AddWorksheet(table.SheetName), table, document.Numbers, DataCell, rateCell, cached));
            }
        }

        DataSheetWriter.Write(workbook.AddWorksheet(dataSheetName), document.Data, DataCell, cached);

        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        WorkbookPackage.Finish(buffer, cached, document.Metadata.Created, output);
    }

    internal static string Quote(string sheet) => "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";

    internal static string ColumnLetter(int column) => XLHelper.GetColumnLetterFromNumber(column);

    internal static int FigureColumn(int column) => FirstFigureColumn + column;

    private static void SetProperties(XLWorkbook workbook, DocumentMetadata metadata)
    {
        var created = metadata.Created.UtcDateTime;
        workbook.Properties.Title = metadata.Title;
        workbook.Properties.Author = metadata.Author;
        workbook.Properties.Company = metadata.Author;
        workbook.Properties.Subject = metadata.Subject;
        workbook.Properties.Keywords = metadata.Keywords;
        workbook.Properties.LastModifiedBy = "ReportGen";
        workbook.Properties.Created = created;
        workbook.Properties.Modified = created;
        workbook.Properties.Category = metadata.Language;
    }

    internal static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The value a formula cell must show before any recalculation: a number, or text (blank for an empty IF branch).</summary>
internal sealed record CachedValue(decimal? Number, string? Text);
