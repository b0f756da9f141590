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

    /// <summary>Each figure of the text, on the figures sheet: a live formula to the table cell that prints it, showing what that cell shows.</summary>
    [Theory]
    [MemberData(nameof(Languages))]
    public void The_figures_sheet_lists_every_figure_of_the_text_and_shows_its_table_cell(string language)
    {
        var document = workbooks.Sample.Release.Documents.Single(d => d.Language == language);
        using var workbook = new XLWorkbook(workbooks.Paths[language]);
        var sheet = workbook.Worksheet(document.Figures!.SheetName);
        var figures = document.TextFigures().ToList();

        Assert.Equal(document.Figures.Captions, Enumerable.Range(1, 4).Select(c => sheet.Cell(3, c).GetString()));
        Assert.Equal(figures.Select(f => (f.Block, f.Figure.Text)), Enumerable.Range(4, figures.Count).Select(r => (sheet.Cell(r, 1).GetString(), sheet.Cell(r, 2).GetString())));
        var linked = 0;
        for (var i = 0; i < figures.Count; i++)
        {
            var cell = sheet.Cell(4 + i, 4);
            if (!cell.HasFormula)
            {
                continue;
            }

            linked++;
            var formula = cell.FormulaA1.TrimStart('=');
            var bang = formula.LastIndexOf('!');
            var target = workbook.Worksheet(formula[..bang].Trim('\'')).Cell(formula[(bang + 1)..].Replace("$", "", StringComparison.Ordinal));
            Assert.Equal(WorkbookReader.Displayed(target), WorkbookReader.Displayed(cell));
            Assert.Equal(Digits(figures[i].Figure.Source.Cell!), Digits(WorkbookReader.Displayed(target)));
        }

        Assert.True(linked >= (language == "en" ? 70 : 6), $"{linked} figures linked to their cells");
    }

    private static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());

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
            var (firstRow, firstColumn) = Locate(sheet, table);
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                Assert.Equal(row.Lead is null ? row.Label : $"{row.Lead}  {row.Label}", sheet.Cell(firstRow + r, 1).GetString());
                if (row.Marks.Count > 0)
                {
                    Assert.Equal(string.Join(",", row.Marks), sheet.Cell(firstRow + r, 2).GetString());
                }

                for (var c = 0; c < row.Cells.Count; c++)
                {
                    var expected = Expected(row.Cells[c], document.Numbers);
                    var cell = sheet.Cell(firstRow + r, firstColumn + c);
                    Assert.True(expected == WorkbookReader.Displayed(cell), $"{table.SheetName}!{cell.Address}: expected '{expected}', shows '{WorkbookReader.Displayed(cell)}'");
                    checkedCells++;
                }
            }
        }

        Assert.True(checkedCells > 800, $"only {checkedCells} cells checked");
    }

    /// <summary>What a cell shows: the engine's text, except that every percentage shows its % sign (it is a fraction there).</summary>
    private static string Expected(CellModel? cell, NumberConvention numbers) => cell switch
    {
        null => "",
        { Value: { } value, Style.Percent: true } => numbers.Format(value, cell.Style.Decimals, percentSign: true),
        _ => cell.Display,
    };

    [Fact]
    public void Derived_cells_are_live_formulas_on_their_value_cells_and_the_data_sheet()
    {
        using var workbook = new XLWorkbook(workbooks.Paths["en"]);
        var operations = workbook.Worksheet("Appendix 1");
        var row = FindRow(operations, "Dedicated access services");
        string Formula(IXLWorksheet sheet, int r, int c) => sheet.Cell(r, c).FormulaA1.Replace(r.ToString(System.Globalization.CultureInfo.InvariantCulture), "8", StringComparison.Ordinal);

        Assert.Equal("ROUND(C8/'Data'!$D$3,0)", Formula(operations, row, 2));
        Assert.StartsWith("'Data'!$D$", operations.Cell(row, 3).FormulaA1, StringComparison.Ordinal);
        Assert.Matches(@"^ROUND\(C8/C\d+,3\)$", Formula(operations, row, 4));
        Assert.Matches(@"^IF\(N\(E8\)=0,"""",ROUND\(\(C8-E8\)/E8,3\)\)$", Formula(operations, row, 7));

        var costs = workbook.Worksheet("Table 6");
        var si = FindRow(costs, "Cost of systems integration");
        Assert.Matches(@"^ROUND\('Data'!\$D\$\d+/1000,0\)-1$", costs.Cell(si, 2).FormulaA1);

        // Adjusted EBITDA carries a footnote marker, so its figures start one column further right; its pinned change is a constant.
        var other = workbook.Worksheet("Table 8");
        var ebitda = FindRow(other, "Adjusted EBITDA");
        Assert.Equal("5", other.Cell(ebitda, 2).GetString());
        Assert.False(other.Cell(ebitda, 5).HasFormula, "a pinned change is a constant");
        Assert.Equal(-0.81, other.Cell(ebitda, 5).GetDouble(), 6);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_workbook_has_no_comments_and_a_share_times_its_total_gives_the_amount(string language)
    {
        using (var package = System.IO.Compression.ZipFile.OpenRead(workbooks.Paths[language]))
        {
            Assert.DoesNotContain(package.Entries, e => e.FullName.Contains("comments", StringComparison.Ordinal) || e.FullName.Contains("vmlDrawing", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain("fullCalcOnLoad", new StreamReader(package.GetEntry("xl/workbook.xml")!.Open()).ReadToEnd(), StringComparison.Ordinal);
        }

        var document = workbooks.Sample.Release.Documents.Single(d => d.Language == language);
        using var workbook = new XLWorkbook(workbooks.Paths[language]);
        var products = 0;
        foreach (var table in document.Tables.Where(t => t.Columns.Any(c => c.Kind == ColumnKind.Share)))
        {
            var sheet = workbook.Worksheet(table.SheetName);
            var (firstRow, firstColumn) = Locate(sheet, table);
            var shareOf = table.Rows.Select((row, index) => (row, index)).First(x => x.row.Cells.Where(c => c?.Style.Percent == true && c.Value == 100m).Any()).index;
            for (var c = 0; c < table.Columns.Count; c++)
            {
                if (table.Columns[c].Kind != ColumnKind.Share)
                {
                    continue;
                }

                var amountColumn = table.Columns.ToList().FindIndex(k => k.Kind == ColumnKind.Value && k.Period == table.Columns[c].Period);
                var total = sheet.Cell(firstRow + shareOf, firstColumn + amountColumn).GetDouble();
                for (var r = 0; r < table.Rows.Count; r++)
                {
                    var share = sheet.Cell(firstRow + r, firstColumn + c);
                    var amount = sheet.Cell(firstRow + r, firstColumn + amountColumn);
                    if (share.IsEmpty() || amount.IsEmpty())
                    {
                        continue;
                    }

                    // The share is rounded to a tenth of a percent, and may be footed by one more tenth.
                    Assert.InRange(share.GetDouble() * total - amount.GetDouble(), -0.0015 * Math.Abs(total), 0.0015 * Math.Abs(total));
                    products++;
                }
            }
        }

        Assert.True(products > 100, $"only {products} shares checked");
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
            ["Table 1", "Table 2", "Table 3", "Table 4", "Table 5", "Table 6", "Table 7", "Table 8", "Table 9", "Table 10", "Appendix 1", "Appendix 2", "Appendix 3", "Figures in text", "Data"],
            en.Worksheets.Select(w => w.Name));
        using var ja = new XLWorkbook(workbooks.Paths["ja"]);
        Assert.Equal(["表1", "表2", "表3", "表4", "表5", "表6", "表7", "表8", "損益計算書", "貸借対照表", "キャッシュフロー計算書", "本文の数値", "データ"], ja.Worksheets.Select(w => w.Name));

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

    /// <summary>The first row and the first figure column of a table's figures on its sheet.</summary>
    internal static (int Row, int Column) Locate(IXLWorksheet sheet, TableModel table)
    {
        // Footnote markers take a column of their own after the label; the header row holds the column headers.
        var firstColumn = table.Rows.Any(r => r.Marks.Count > 0) ? 3 : 2;
        var lastHeader = table.Columns[^1].Header;
        for (var row = 1; row < 20; row++)
        {
            if (sheet.Cell(row, firstColumn + table.Columns.Count - 1).GetString() == lastHeader)
            {
                return (row + 1, firstColumn);
            }
        }

        throw new InvalidOperationException($"no header row in {sheet.Name}");
    }

    private static int FindRow(IXLWorksheet sheet, string label) =>
        sheet.Column(1).CellsUsed().First(c => c.GetString().StartsWith(label, StringComparison.Ordinal)).Address.RowNumber;
}
