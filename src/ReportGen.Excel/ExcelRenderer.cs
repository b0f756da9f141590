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
public sealed class ExcelRenderer : IRenderer, IWarmUp
{
    public string Format => "xlsx";

    public string Description => "one workbook per language: a sheet per table with live formulas, and the data sheet";

    public IEnumerable<RenderedFile> Files(DocumentSet documents) =>
        documents.Documents.Select(d => new RenderedFile(d.FileStem + ".xlsx", stream => Render(d, stream)));

    /// <summary>Writes and finishes a small workbook, so that ClosedXML's and the Open XML SDK's code is compiled before the first real one.</summary>
    public void WarmUp()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Warm");
        sheet.Cell(1, 1).Value = 1234.5m;
        sheet.Cell(1, 1).Style.NumberFormat.Format = "#,##0;(#,##0)";
        sheet.Cell(1, 2).FormulaA1 = "ROUND(A1,0)+1";
        sheet.Cell(2, 1).Value = "決算";
        sheet.Cell(2, 1).Style.Font.Bold = true;
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        WorkbookPackage.Finish(buffer, new Dictionary<(string, string), CachedValue> { [("Warm", "B1")] = new CachedValue(1236m, null) }, DateTimeOffset.UnixEpoch, Stream.Null);
    }

    private const int PageMarker = 900001;
    private const int PagesMarker = 900002;
    private const int DataFirstRow = 5;
    private const int DataFirstPeriodColumn = 4;

    public static void Render(ReleaseDocument document, Stream output)
    {
        var cached = new Dictionary<(string Sheet, string Address), CachedValue>();
        using var workbook = new XLWorkbook();
        SetProperties(workbook, document.Metadata);
        SetFont(workbook, document);

        var dataSheetName = document.Data.SheetName;
        var dataRows = document.Data.Rows.Select((row, index) => (row.Item, index)).ToDictionary(x => x.Item, x => DataFirstRow + x.index, StringComparer.Ordinal);
        var periodColumns = document.Data.PeriodKeys.Select((key, index) => (key, index)).ToDictionary(x => x.key, x => DataFirstPeriodColumn + x.index, StringComparer.Ordinal);
        var rateCell = $"{Quote(dataSheetName)}!$D$3";
        string DataCell(string item, string period) =>
            $"{Quote(dataSheetName)}!${ColumnLetter(periodColumns[period])}${dataRows[item]}";

        var placed = new Dictionary<string, Func<int, int, IXLCell>>(StringComparer.Ordinal);
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            if (document.Blocks[i] is TableBlock { Table: var table } block)
            {
                RenderException.Guard(document, i, block, () => placed.TryAdd(table.Id, TableSheet.Write(workbook.AddWorksheet(table.SheetName), table, document, DataCell, rateCell, cached)));
            }
        }

        if (document.Figures is { } figures && document.TextFigures().Any())
        {
            FiguresSheetWriter.Write(workbook.AddWorksheet(figures.SheetName), document, figures, placed, cached);
        }

        DataSheetWriter.Write(workbook.AddWorksheet(dataSheetName), document, DataCell, cached);

        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        WorkbookPackage.Finish(buffer, cached, document.Metadata.Created, output);
    }

    /// <summary>
    /// The workbook's font, with the character set of its language, which tells a spreadsheet that lacks the font to take
    /// another of the same script (a Japanese one for Japanese text).
    /// </summary>
    private static void SetFont(XLWorkbook workbook, ReleaseDocument document)
    {
        workbook.Style.Font.FontName = document.WorkbookFont;
        workbook.Style.Font.FontCharSet = document.Language.Split('-')[0] switch
        {
            "ja" => XLFontCharSet.ShiftJIS,
            "ko" => XLFontCharSet.Hangul,
            "zh" => document.Language.Contains("TW", StringComparison.OrdinalIgnoreCase) || document.Language.Contains("Hant", StringComparison.Ordinal) ? XLFontCharSet.ChineseBig5 : XLFontCharSet.GB2312,
            _ => XLFontCharSet.Default,
        };
    }

    internal static string Quote(string sheet) => "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";

    internal static string ColumnLetter(int column) => XLHelper.GetColumnLetterFromNumber(column);

    /// <summary>The pack's page-number wording with Excel's codes for the page (&amp;P) and the page count (&amp;N) in it.</summary>
    internal static string PageNumberCode(ReleaseDocument document) =>
        document.Wording.PageNumber(PageMarker, PagesMarker)
            .Replace(PageMarker.ToString(CultureInfo.InvariantCulture), "\u0001", StringComparison.Ordinal)
            .Replace(PagesMarker.ToString(CultureInfo.InvariantCulture), "\u0002", StringComparison.Ordinal);

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
