using System.Security.Cryptography;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ReportGen.Excel;
using ReportGen.Binding;
using ReportGen.Documents;

namespace ReportGen.Tests;

/// <summary>The workbooks as Excel, LibreOffice and non-recalculating readers show them.</summary>
public sealed class WorkbookTests(SampleWorkbooks workbooks) : IClassFixture<SampleWorkbooks>
{
    public static TheoryData<string> Languages => new() { "ja", "en" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_cell_displays_the_figure_the_engine_printed(string language)
    {
        var document = workbooks.Sample.Release.Documents.Single(d => d.Language == language);
        using var workbook = new XLWorkbook(workbooks.Paths[language]);
        var checkedCells = 0;
        foreach (var table in document.Tables)
        {
            var sheet = workbook.Worksheet(table.SheetName);
            var firstRow = FirstDataRow(sheet, table);
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                Assert.StartsWith(row.Label, sheet.Cell(firstRow + r, 1).GetString(), StringComparison.Ordinal);
                for (var c = 0; c < row.Cells.Count; c++)
                {
                    var expected = row.Cells[c]?.Display ?? "";
                    var cell = sheet.Cell(firstRow + r, 2 + c);
                    Assert.True(expected == WorkbookReader.Displayed(cell), $"{table.SheetName}!{cell.Address}: expected '{expected}', shows '{WorkbookReader.Displayed(cell)}'");
                    checkedCells++;
                }
            }
        }

        Assert.True(checkedCells > 800, $"only {checkedCells} cells checked");
    }

    [Fact]
    public void Derived_cells_are_live_formulas_on_their_value_cells_and_the_data_sheet()
    {
        using var workbook = new XLWorkbook(workbooks.Paths["en"]);
        var operations = workbook.Worksheet("Appendix 1");
        var row = FindRow(operations, "Dedicated access services");

        Assert.Equal("ROUND(C8/'Data'!$D$3,0)", operations.Cell(row, 2).FormulaA1.Replace(row.ToString(System.Globalization.CultureInfo.InvariantCulture), "8", StringComparison.Ordinal));
        Assert.StartsWith("'Data'!$D$", operations.Cell(row, 3).FormulaA1, StringComparison.Ordinal);
        Assert.Contains("IF(N(", operations.Cell(row, 7).FormulaA1, StringComparison.Ordinal);

        var costs = workbook.Worksheet("Table 6");
        var si = FindRow(costs, "Cost of systems integration");
        Assert.Matches(@"^ROUND\('Data'!\$D\$\d+/1000,0\)-1$", costs.Cell(si, 2).FormulaA1);
        Assert.Contains("Forced footing", costs.Cell(si, 2).Comment.Text, StringComparison.Ordinal);

        var other = workbook.Worksheet("Table 8");
        var ebitda = FindRow(other, "Adjusted EBITDA");
        Assert.False(other.Cell(ebitda, 4).HasFormula, "a pinned change is a constant");
        Assert.Contains("sign error", other.Cell(ebitda, 4).Comment.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_workbook_is_valid_open_xml(string language)
    {
        using var document = SpreadsheetDocument.Open(workbooks.Paths[language], false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

        Assert.Empty(errors);
    }

    [Fact]
    public void Two_renders_give_byte_identical_workbooks()
    {
        foreach (var document in workbooks.Sample.Release.Documents)
        {
            using var first = new MemoryStream();
            using var second = new MemoryStream();
            ExcelRenderer.Render(document, first);
            ExcelRenderer.Render(new SampleRelease().Release.Documents.Single(d => d.Language == document.Language), second);

            Assert.Equal(SHA256.HashData(first.ToArray()), SHA256.HashData(second.ToArray()));
        }
    }

    [Fact]
    public void Sheets_are_named_as_the_reference_names_them_and_set_up_for_a4()
    {
        using var en = new XLWorkbook(workbooks.Paths["en"]);
        Assert.Equal(
            ["Table 1", "Table 2", "Table 3", "Table 4", "Table 5", "Table 6", "Table 7", "Table 8", "Table 9", "Table 10", "Appendix 1", "Appendix 2", "Appendix 3", "Data"],
            en.Worksheets.Select(w => w.Name));
        using var ja = new XLWorkbook(workbooks.Paths["ja"]);
        Assert.Equal(["表1", "表2", "表3", "表4", "表5", "表6", "表7", "表8", "損益計算書", "貸借対照表", "キャッシュフロー計算書", "データ"], ja.Worksheets.Select(w => w.Name));

        var statement = en.Worksheet("Appendix 1");
        Assert.Equal(XLPaperSize.A4Paper, statement.PageSetup.PaperSize);
        Assert.Equal(XLPageOrientation.Landscape, statement.PageSetup.PageOrientation);
        Assert.Equal(1, statement.PageSetup.PagesWide);
        Assert.True(statement.SheetView.SplitRow > 0, "header rows are frozen");
        Assert.True(statement.Column(1).Width > 20);

        Assert.Equal("IIJ Announces Second Quarter Results for the Year Ending March 31, 2004", en.Properties.Title);
        Assert.Equal("Internet Initiative Japan Inc.", en.Properties.Author);
        Assert.Equal("株式会社インターネットイニシアティブ", ja.Properties.Author);
    }

    internal static int FirstDataRow(IXLWorksheet sheet, TableModel table)
    {
        // The header row is the last row whose figure columns hold the column headers.
        var lastHeader = table.Columns[^1].Header;
        for (var row = 1; row < 20; row++)
        {
            if (sheet.Cell(row, table.Columns.Count + 1).GetString() == lastHeader)
            {
                return row + 1;
            }
        }

        throw new InvalidOperationException($"no header row in {sheet.Name}");
    }

    private static int FindRow(IXLWorksheet sheet, string label) =>
        sheet.Column(1).CellsUsed().First(c => c.GetString().StartsWith(label, StringComparison.Ordinal)).Address.RowNumber;
}
