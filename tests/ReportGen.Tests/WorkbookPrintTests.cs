using ClosedXML.Excel;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReportGen.Tests;

/// <summary>
/// The workbooks as they print: LibreOffice prints every sheet with the sheet's own page set-up, and the pages are read
/// back. Each page has its running header and its page number inside the paper; a sheet that takes several pages repeats
/// its header rows on each; no two words are printed over each other.
/// </summary>
public sealed class WorkbookPrintTests(SampleWorkbooks workbooks) : IClassFixture<SampleWorkbooks>
{
    [LibreOfficeTheory]
    [InlineData("ja")]
    [InlineData("en")]
    public void Every_sheet_prints_with_its_headers_repeated_page_numbers_visible_and_nothing_overprinted(string language)
    {
        var folder = Repo.TempDir();
        var pdf = LibreOffice.Print(workbooks.Paths[language], folder);
        using var workbook = new XLWorkbook(workbooks.Paths[language]);
        using var printed = PdfDocument.Open(pdf);
        var pages = printed.GetPages().ToList();
        var titles = workbook.Worksheets.ToDictionary(s => s.Name, Title);

        // A statement's running header has its caption on the left, before the title.
        var captions = workbooks.Sample.Release.Documents.Single(d => d.Language == language).Tables.Select(t => t.Caption).Where(c => c.Length > 0).Distinct().ToList();

        var sheetsSeen = new HashSet<string>();
        foreach (var page in pages)
        {
            var words = page.GetWords().ToList();
            var text = string.Join(" ", words.Select(w => w.Text));

            // The page number is printed, whole, inside the paper.
            Assert.Contains($"{page.Number} / {pages.Count}", text, StringComparison.Ordinal);
            Assert.All(words, w => Assert.True(w.BoundingBox.Bottom > 10 && w.BoundingBox.Top < page.Height - 10, $"page {page.Number}: '{w.Text}' is cut by the paper's edge"));

            // The running header names the sheet; every page of a sheet shows the sheet's header rows.
            var running = captions.Aggregate(text, (t, caption) => t.StartsWith(caption + " ", StringComparison.Ordinal) ? t[(caption.Length + 1)..] : t);
            var sheet = titles.Where(t => running.StartsWith(t.Value, StringComparison.Ordinal)).OrderByDescending(t => t.Value.Length).FirstOrDefault().Key;
            Assert.True(sheet is not null, $"page {page.Number} has no sheet's running header: {text[..Math.Min(80, text.Length)]}");
            sheetsSeen.Add(sheet!);
            foreach (var header in HeaderTexts(workbook.Worksheet(sheet)))
            {
                Assert.Contains(header, text, StringComparison.Ordinal);
            }

            AssertNothingOverprinted(page.Number, words);
        }

        Assert.Equal(workbook.Worksheets.Select(s => s.Name).ToHashSet(), sheetsSeen);
        Assert.True(pages.Count > workbook.Worksheets.Count, "the data sheet takes more than one page, so repeated headers are tested");
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>What the running header prints: the sheet's title, which is also its first cell.</summary>
    private static string Title(IXLWorksheet sheet) => sheet.Cell(1, 1).GetString();

    /// <summary>The texts of the rows a sheet repeats at the top of each printed page (its column headers).</summary>
    private static IEnumerable<string> HeaderTexts(IXLWorksheet sheet)
    {
        var repeated = sheet.PageSetup.FirstRowToRepeatAtTop;
        var last = sheet.PageSetup.LastRowToRepeatAtTop;
        return Enumerable.Range(repeated, last - repeated + 1)
            .SelectMany(r => sheet.Row(r).CellsUsed().Select(c => c.GetString()))
            .SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(t => t.Length > 1 && !t.Any(char.IsWhiteSpace));
    }

    private static void AssertNothingOverprinted(int page, List<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            for (var j = i + 1; j < words.Count; j++)
            {
                var a = words[i].BoundingBox;
                var b = words[j].BoundingBox;
                var width = Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
                var height = Math.Min(a.Top, b.Top) - Math.Max(a.Bottom, b.Bottom);
                if (width <= 0 || height <= 0)
                {
                    continue;
                }

                var overlap = width * height / Math.Min(a.Width * a.Height, b.Width * b.Height);
                Assert.True(overlap < 0.2, $"page {page}: '{words[i].Text}' and '{words[j].Text}' are printed over each other");
            }
        }
    }
}
