using System.Globalization;
using ClosedXML.Excel;
using ReportGen.Model;

namespace ReportGen.Excel;

/// <summary>
/// Renders one language's <see cref="ReleaseDocument"/> as a workbook: a sheet per table, then the data sheet every
/// formula refers to. Derived cells are live formulas; <see cref="WorkbookPackage"/> writes the engine's figures as their
/// cached values and makes the file byte-for-byte reproducible.
/// </summary>
public static class ExcelRenderer
{
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

        foreach (var table in document.Tables)
        {
            TableSheet.Write(workbook.AddWorksheet(table.SheetName), table, DataCell, rateCell, cached);
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
