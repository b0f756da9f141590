using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Outline;
using ReportGen.Documents;

namespace ReportGen.Tests;

/// <summary>The statements as a reader meets them on the page, and the outline that finds them.</summary>
public sealed partial class StatementPageTests(SamplePdfs pdfs) : IClassFixture<SamplePdfs>
{
    public static TheoryData<string, string> StatementPages => new()
    {
        { "en", "CONSOLIDATED BALANCE SHEETS" },
        { "en", "CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS" },
        { "ja", "四半期連結貸借対照表" },
        { "ja", "四半期連結キャッシュフロー計算書" },
    };

    [Theory]
    [MemberData(nameof(StatementPages))]
    public void The_statement_prints_its_figures_at_8_pt_or_more_within_a_column_of_its_labels(string language, string title)
    {
        using var pdf = PdfDocument.Open(pdfs.Paths[language]);
        var page = pdf.GetPages().Single(p => string.Concat(p.Letters.Select(l => l.Value)).Contains(title, StringComparison.Ordinal));
        var rows = 0;
        var closest = double.MaxValue;
        var widestColumn = 0.0;
        foreach (var line in page.GetWords().GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y, 1)).Select(g => g.OrderBy(w => w.BoundingBox.Left).ToList()))
        {
            var figures = line.AsEnumerable().Reverse().TakeWhile(w => Figure().IsMatch(w.Text)).Reverse().ToList();
            var label = line.Take(line.Count - figures.Count).ToList();
            // Table rows only: a note under the table is set smaller and may end with a date.
            if (figures.Count < 2 || label.Count == 0 || label.SelectMany(w => w.Letters).Any(l => l.PointSize < 7.99))
            {
                continue;
            }

            Assert.All(figures.SelectMany(w => w.Letters), l => Assert.True(l.PointSize >= 7.99, $"'{l.Value}' at {l.PointSize:0.0} pt"));

            // "A column": the widest step between the right edges of neighbouring figures on a line.
            widestColumn = Math.Max(widestColumn, figures.Zip(figures.Skip(1), (a, b) => b.BoundingBox.Right - a.BoundingBox.Right).Max());
            closest = Math.Min(closest, figures[0].BoundingBox.Left - label[^1].BoundingBox.Right);
            rows++;
        }

        // The label column is as wide as its longest labels need: they come within a column of their first figure.
        Assert.True(rows > 20, $"only {rows} rows measured");
        Assert.True(closest <= widestColumn, $"the labels that come closest are {closest:0} pt from their first figure, more than a column ({widestColumn:0} pt)");
    }

    [Fact]
    public void Every_document_has_an_outline_of_its_tables_and_the_bilingual_one_finds_each_language()
    {
        foreach (var language in new[] { "ja", "en" })
        {
            using var pdf = PdfDocument.Open(pdfs.Paths[language]);
            Assert.True(pdf.TryGetBookmarks(out var bookmarks), $"{language}: no outline");
            var titles = bookmarks.GetNodes().Select(n => n.Title).ToList();
            var document = pdfs.Sample.Release.Documents.Single(d => d.Language == language);
            Assert.Equal(Outline(document, combined: false), titles);

            // The statements are appendices: entries of their own at the top of the outline, under no section.
            Assert.Equal(document.Tables.Where(t => t.Statement).Select(t => t.Title), bookmarks.Roots.Select(r => r.Title).Where(t => document.Tables.Any(x => x.Statement && x.Title == t)));
        }

        using var bilingual = PdfDocument.Open(pdfs.Paths["bilingual"]);
        Assert.True(bilingual.TryGetBookmarks(out var combined));
        Assert.Equal(pdfs.Sample.Release.Documents.Select(d => d.TitleLines[0]), combined.Roots.Select(r => r.Title));
        var english = combined.Roots[^1];
        Assert.Equal(Outline(pdfs.Sample.English, combined: true), Descendants(english).Select(n => n.Title));
        Assert.Equal(pdfs.Sample.Japanese.TitleLines[0], combined.Roots[0].Title);
    }

    /// <summary>What the outline lists, in order: every heading and table the document prints.</summary>
    private static List<string> Outline(ReleaseDocument document, bool combined) =>
        document.Blocks.Where(b => combined || !b.CombinedOnly).Select(b => b switch
        {
            HeadingBlock h => h.Text.TrimEnd(':', '：'),
            TableBlock t => t.Table.Title,
            _ => null,
        }).OfType<string>().ToList();

    private static IEnumerable<BookmarkNode> Descendants(BookmarkNode node) =>
        node.Children.SelectMany(c => new[] { c }.Concat(Descendants(c)));

    [GeneratedRegex(@"^(\(?[0-9][0-9,.]*%?\)?|-)$")]
    private static partial Regex Figure();
}
