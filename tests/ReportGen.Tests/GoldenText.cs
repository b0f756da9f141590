using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using UglyToad.PdfPig;

namespace ReportGen.Tests;

/// <summary>
/// What a reader sees of an output, as plain text that a reviewer can diff: a PDF's words line by line and page by page,
/// a workbook's displayed values (cached values through their number formats) sheet by sheet, a text file as it is.
/// </summary>
internal static class GoldenText
{
    public static string Of(string path) => Path.GetExtension(path) switch
    {
        ".pdf" => Pdf(path),
        ".xlsx" => Workbook(path),
        _ => File.ReadAllText(path, Encoding.UTF8).ReplaceLineEndings("\n"),
    };

    public static string Pdf(string path)
    {
        var text = new StringBuilder();
        using var document = PdfDocument.Open(path);
        foreach (var page in document.GetPages())
        {
            text.Append(CultureInfo.InvariantCulture, $"=== page {page.Number} ({(page.Width > page.Height ? "landscape" : "portrait")})\n");
            foreach (var line in page.GetWords().GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y, 1)).OrderByDescending(g => g.Key))
            {
                text.AppendJoin(' ', line.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)).Append('\n');
            }
        }

        return text.ToString();
    }

    public static string Workbook(string path)
    {
        var text = new StringBuilder();
        using var workbook = new XLWorkbook(path);
        foreach (var sheet in workbook.Worksheets)
        {
            text.Append(CultureInfo.InvariantCulture, $"=== sheet {sheet.Name}\n");
            var used = sheet.RangeUsed();
            if (used is null)
            {
                continue;
            }

            var lastColumn = used.LastColumn().ColumnNumber();
            foreach (var row in sheet.RowsUsed())
            {
                var cells = Enumerable.Range(1, lastColumn).Select(c => WorkbookReader.Displayed(row.Cell(c)).ReplaceLineEndings(" ")).ToList();
                while (cells.Count > 0 && cells[^1].Length == 0)
                {
                    cells.RemoveAt(cells.Count - 1);
                }

                text.Append(CultureInfo.InvariantCulture, $"{row.RowNumber(),3}: ").AppendJoin(" | ", cells).Append('\n');
            }
        }

        return text.ToString();
    }
}
