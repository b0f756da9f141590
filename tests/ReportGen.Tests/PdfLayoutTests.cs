using ReportGen.Binding;
using ReportGen.Documents;
using ReportGen.Pdf;
using UglyToad.PdfPig;

namespace ReportGen.Tests;

/// <summary>Layout rules that the sample's tables are too short to show: a table that runs over pages.</summary>
public sealed class PdfLayoutTests
{
    [Fact]
    public void A_long_table_repeats_its_title_and_column_headers_on_each_page_and_never_splits_a_row()
    {
        var style = NumberStyle.Amount(0);
        var columns = new[] { new ColumnModel(ColumnKind.Value, "q", null, "2Q03", null, null), new ColumnModel(ColumnKind.Value, "p", null, "1Q03", null, null) };
        var rows = Enumerable.Range(1, 150)
            .Select(i => new RowModel(RowKind.Item, $"item{i}", $"Line item number {i} with a label long enough to need two lines when the label column is narrow", 0, RowStyle.Normal, [],
                [new CellModel(i * 1000, (i * 1000).ToString("#,##0", System.Globalization.CultureInfo.InvariantCulture), style, null), new CellModel(i, i.ToString(System.Globalization.CultureInfo.InvariantCulture), style, null)]))
            .ToList();
        var table = new TableModel("long", "Long", "Table 99. A long table", ["(JPY in millions)"], columns, rows, [], Statement: false);
        var metadata = new DocumentMetadata("Long", "Test", "Test", "en", new DateTimeOffset(2003, 11, 21, 0, 0, 0, TimeSpan.Zero), "test");
        var wording = new DocumentWording("(continued)", (page, pages) => $"{page} / {pages}");
        var document = new ReleaseDocument("en", "long", "Header", metadata, wording, NumberConvention.English, "Calibri", [new TitleBlock(["A long document"]), new TableBlock(table)], new DataSheet("Data", [], [], [], "", null, []));
        var path = Path.Combine(Repo.TempDir(), "long.pdf");
        using (var stream = File.Create(path))
        {
            PdfRenderer.Render([document], stream);
        }

        using var pdf = PdfDocument.Open(path);
        Assert.True(pdf.NumberOfPages >= 3, $"{pdf.NumberOfPages} pages");
        var lines = PdfText.Lines(path);
        foreach (var page in pdf.GetPages().Skip(1))
        {
            var text = string.Join(" ", page.GetWords().Select(w => w.Text));
            Assert.Contains("Table 99. A long table (continued)", text, StringComparison.Ordinal);
            Assert.Contains("2Q03 1Q03", text, StringComparison.Ordinal);
        }

        // Every row's figures sit on the last line of its label, on one page.
        foreach (var row in rows)
        {
            Assert.True(PdfText.HasRow(lines, row.Label, row.Cells.Select(c => c!.Display).ToList()), row.Label);
        }
    }
}
