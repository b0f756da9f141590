using System.Diagnostics;
using System.Security.Cryptography;
using ReportGen.Input;
using ReportGen.Binding;
using ReportGen.Documents;
using ReportGen.Pdf;
using ReportGen.TieOut;
using UglyToad.PdfPig;

namespace ReportGen.Tests;

/// <summary>The PDFs as a reader, a journalist copying a figure, and an archive see them.</summary>
public sealed class PdfTests(SamplePdfs pdfs) : IClassFixture<SamplePdfs>
{
    public static TheoryData<string> Languages => new() { "ja", "en" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_figure_of_every_row_is_on_its_row_s_line_in_column_order(string language)
    {
        var document = pdfs.Sample.Release.Documents.Single(d => d.Language == language);
        var lines = PdfText.Lines(pdfs.Paths[language]);
        var rows = 0;
        foreach (var table in document.Tables)
        {
            foreach (var row in table.Rows.Where(r => r.Kind == RowKind.Item))
            {
                var figures = row.Cells.Where(c => c is { Display.Length: > 0 }).Select(c => c!.Display).ToList();
                Assert.True(PdfText.HasRow(lines, PdfText.LineLabel(row), figures), $"{table.Id}: no line '{PdfText.LineLabel(row)} {string.Join(" ", figures)}'");
                rows++;
            }
        }

        Assert.True(rows > 120, $"only {rows} rows");
    }

    [Fact]
    public void The_english_pdf_prints_the_reference_s_rows_except_the_corrected_sign()
    {
        var lines = PdfText.Lines(pdfs.Paths["en"]);
        var document = pdfs.Sample.English;
        var mismatched = new List<string>();
        foreach (var published in PublishedFigures.Load(Repo.SamplePublished))
        {
            var label = PdfText.LineLabel(document.Tables.Single(t => t.Id == published.Table).Rows.First(r => r.Item == published.Item));
            if (!PdfText.HasRow(lines, label, published.Figures))
            {
                mismatched.Add($"{published.Table} {published.Item}");
            }
        }

        Assert.Equal(["t08_other kpi.adjusted_ebitda"], mismatched);
        Assert.True(PdfText.HasRow(lines, "Adjusted EBITDA", ["126", "662", "(81.0%)", "(243)", "(152.0%)"]));
    }

    [Fact]
    public void Bold_headings_come_out_once_not_overprinted()
    {
        var english = PdfText.All(pdfs.Paths["en"]);
        var japanese = PdfText.All(pdfs.Paths["ja"]);

        Assert.Single(AllIndexes(english, "Table 1. Revenues"));
        Assert.Single(AllIndexes(english, "Total revenues 9,185"));
        Assert.Single(AllIndexes(ReferenceText.Squeeze(japanese), "2003年度第2四半期（7-9月）決算発表（抄訳）"));
        Assert.DoesNotContain("年度第年度第", japanese, StringComparison.Ordinal);
        Assert.Contains("営業収益合計", japanese, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bilingual_pdf_is_the_japanese_document_then_the_english_one()
    {
        using var bilingual = PdfDocument.Open(pdfs.Paths["bilingual"]);
        using var ja = PdfDocument.Open(pdfs.Paths["ja"]);
        using var en = PdfDocument.Open(pdfs.Paths["en"]);

        Assert.Equal(ja.NumberOfPages + en.NumberOfPages, bilingual.NumberOfPages);
        Assert.Contains("決算発表（抄訳）", string.Concat(bilingual.GetPage(1).GetWords().Select(w => w.Text)), StringComparison.Ordinal);
        Assert.Contains("IIJ Announces Second Quarter Results", string.Join(" ", bilingual.GetPage(ja.NumberOfPages + 1).GetWords().Select(w => w.Text)), StringComparison.Ordinal);
        var last = string.Join(" ", bilingual.GetPage(bilingual.NumberOfPages).GetWords().Select(w => w.Text));
        Assert.Contains($"{bilingual.NumberOfPages} / {bilingual.NumberOfPages}", last, StringComparison.Ordinal);
    }

    [Fact]
    public void Metadata_names_the_document_the_company_and_the_language_with_the_release_date()
    {
        using var en = PdfDocument.Open(pdfs.Paths["en"]);
        Assert.Equal("IIJ Announces Second Quarter Results for the Year Ending March 31, 2004", en.Information.Title);
        Assert.Equal("Internet Initiative Japan Inc.", en.Information.Author);
        Assert.StartsWith("Financial statistics and statements for the quarter ended Sept 30, 2003", en.Information.Subject, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2003, 11, 21, 0, 0, 0, TimeSpan.Zero), en.Information.GetCreatedDateTimeOffset());

        using var ja = PdfDocument.Open(pdfs.Paths["ja"]);
        Assert.Equal("株式会社インターネットイニシアティブ", ja.Information.Author);
        Assert.Contains("/Lang(ja)", System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdfs.Paths["ja"])), StringComparison.Ordinal);
        Assert.Contains("/Lang(en)", System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdfs.Paths["en"])), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_renders_give_byte_identical_pdfs_and_each_is_under_500_kb()
    {
        foreach (var (name, path) in pdfs.Paths)
        {
            var documents = name == "bilingual"
                ? new SampleRelease().Release.Documents
                : new SampleRelease().Release.Documents.Where(d => d.Language == name).ToList();
            using var again = new MemoryStream();
            PdfRenderer.Render(documents, again);

            Assert.Equal(SHA256.HashData(File.ReadAllBytes(path)), SHA256.HashData(again.ToArray()));
            Assert.InRange(File.ReadAllBytes(path).Length, 10_000, 500_000);
        }
    }

    [PopplerFact]
    public void Only_embedded_subset_fonts_are_used()
    {
        var output = RealClients.Run("pdffonts", pdfs.Paths["bilingual"]);

        var fonts = output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.Equal(2, fonts.Count);
        Assert.All(fonts, f =>
        {
            Assert.Matches(@"^[A-Z]{6}\+Noto Sans JP", f);
            Assert.Matches(@"CID TrueType\s+Identity-H\s+yes yes yes", f);
        });
    }

    [PopplerTheory]
    [InlineData("ja")]
    [InlineData("en")]
    public void Every_page_has_ink_and_none_outside_the_margins(string language)
    {
        var folder = Path.Combine(pdfs.Folder, "pages-" + language);
        Directory.CreateDirectory(folder);
        RealClients.Run("pdftoppm", "-gray", "-r", "36", pdfs.Paths[language], Path.Combine(folder, "page"));

        var pages = Directory.GetFiles(folder, "*.pgm").Order(StringComparer.Ordinal).ToList();
        using (var pdf = PdfDocument.Open(pdfs.Paths[language]))
        {
            Assert.Equal(pdf.NumberOfPages, pages.Count);
        }

        foreach (var page in pages)
        {
            var image = Pgm.Read(page);
            Assert.True(image.CountDark(0, 0, image.Width, image.Height) > 500, $"{Path.GetFileName(page)} is blank");

            // 36 dpi: the 40pt margin is 20 px; nothing may be drawn in the outer 16 px.
            const int border = 16;
            Assert.Equal(0, image.CountDark(0, 0, image.Width, border));
            Assert.Equal(0, image.CountDark(0, image.Height - border, image.Width, border));
            Assert.Equal(0, image.CountDark(0, 0, border, image.Height));
            Assert.Equal(0, image.CountDark(image.Width - border, 0, border, image.Height));
        }
    }

    private static IEnumerable<int> AllIndexes(string text, string value)
    {
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            yield return i;
        }
    }
}
