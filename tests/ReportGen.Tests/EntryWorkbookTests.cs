using System.Text.Json;
using ClosedXML.Excel;
using ReportGen.Excel;
using ReportGen.Pipeline;
using ReportGen.Preparation;

namespace ReportGen.Tests;

/// <summary>
/// The entry workbook as a preparer uses it: written from a dataset, typed into (here with ClosedXML, as Excel would save
/// it), read back. The cells are found as a person finds them, by the id in a row and the period over a column.
/// </summary>
public sealed class EntryWorkbookTests : IDisposable
{
    private readonly string folder = Repo.DatasetDir();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    public static TheoryData<string, string> Samples => new()
    {
        { "iij-2q03", "iij" },
        { "iij-3q03-invented", "iij" },
        { "laurentian-2024q2", "laurentian" },
        { "laurentian-2024q3", "laurentian" },
    };

    private static string Dataset(string sample) => Path.Combine(Repo.Root, "samples", sample, "dataset.json");

    private static string Pack(string pack) => Path.Combine(Repo.Root, "templates", pack);

    private string Entry(string dataset, string pack = "iij", string name = "entry.xlsx")
    {
        var path = Path.Combine(folder, name);
        var result = Preparer.Entry(dataset, Pack(pack), path, EntryWorkbookWriter.Write);
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        return path;
    }

    private ToolResult Import(string workbook, string output, string pack = "iij") =>
        Preparer.Import(workbook, Pack(pack), output, EntryWorkbookReader.Read);

    /// <summary>The Facts sheet's cell of a fact (by its id) and a period (by the caption over its column), and the two beside it.</summary>
    private static IXLCell FactCell(IXLWorksheet facts, string id, string period, int offset = 0)
    {
        var row = facts.CellsUsed().Single(c => c.GetString() == id).Address.RowNumber;
        var column = facts.CellsUsed().Single(c => c.GetString() == period && c.Address.RowNumber < row).Address.ColumnNumber;
        return facts.Cell(row, column + offset);
    }

    /// <summary>Types into the workbook and saves it, as a preparer in Excel would.</summary>
    private static void Edit(string workbook, Action<IXLWorksheet> edit)
    {
        using (var book = new XLWorkbook(workbook))
        {
            edit(book.Worksheet("Facts"));
            book.Save();
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Importing_the_entry_workbook_of_a_dataset_gives_the_dataset_byte_for_byte(string sample, string pack)
    {
        var workbook = Entry(Dataset(sample), pack);
        var output = Path.Combine(folder, "dataset.json");

        var result = Import(workbook, output, pack);

        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        Assert.Equal(File.ReadAllBytes(Dataset(sample)), File.ReadAllBytes(output));
    }

    [Fact]
    public void The_facts_sheet_shows_each_fact_with_its_labels_unit_and_figures_and_every_total_checked()
    {
        var workbook = Entry(Repo.SampleDataset);
        using var book = new XLWorkbook(workbook);
        var facts = book.Worksheet("Facts");
        var json = JsonDocument.Parse(File.ReadAllText(Repo.SampleDataset)).RootElement.GetProperty("facts");

        var row = FactCell(facts, "so.dedicated_access", "2Q03").Address.RowNumber;
        var shown = facts.Row(row).CellsUsed().Select(WorkbookReader.Displayed).ToList();
        Assert.Equal(["専用線接続サービス", "Dedicated access services", "so.dedicated_access", "JPY_thousands", "3,236,405", "3,546,372", "3,321,229"], shown);

        // Every fact of the dataset has its row, and every figure its cell, as the dataset holds it.
        foreach (var fact in json.EnumerateObject())
        {
            foreach (var value in fact.Value.GetProperty("values").EnumerateObject())
            {
                Assert.Equal(value.Value.GetDecimal(), (decimal)FactCell(facts, fact.Name, value.Name).GetDouble());
            }
        }

        // A total's sum and check are live formulas that show their values before any recalculation.
        var total = FactCell(facts, "so.total_revenues", "2Q03");
        var sum = FactCell(facts, "so.total_revenues", "2Q03", 1);
        var check = FactCell(facts, "so.total_revenues", "2Q03", 2);
        Assert.True(sum.HasFormula && check.HasFormula);
        Assert.Equal(("9,185,259", "OK"), (WorkbookReader.Displayed(sum), WorkbookReader.Displayed(check)));
        Assert.Contains(FactCell(facts, "so.connectivity_vas_total", "2Q03").Address.ToString()!, sum.FormulaA1, StringComparison.Ordinal);
        var checks = facts.CellsUsed().Where(c => c.HasFormula && c.FormulaA1.StartsWith("IF(", StringComparison.Ordinal)).ToList();
        Assert.Equal(63, checks.Count); // every relation on every period, as the tie-out counts them ("Relations: 63 checked")
        Assert.All(checks, c => Assert.Equal("OK", WorkbookReader.Displayed(c)));

        // Only what the preparer types is unlocked; the sheet is protected, without a password; figures accept numbers only.
        Assert.True(facts.IsProtected);
        Assert.False(facts.IsPasswordProtected);
        Assert.False(total.Style.Protection.Locked);
        Assert.True(sum.Style.Protection.Locked && check.Style.Protection.Locked && facts.Cell(row, 3).Style.Protection.Locked);
        Assert.True(total.HasDataValidation);
        Assert.Contains("ISNUMBER", total.DataValidation.Value, StringComparison.Ordinal);
    }

    [LibreOfficeFact]
    public void LibreOffice_computes_the_checks_and_shows_a_difference_as_soon_as_a_component_changes()
    {
        var workbook = Entry(Repo.SampleDataset);
        string total, check;
        using (var book = new XLWorkbook(workbook))
        {
            total = FactCell(book.Worksheet("Facts"), "so.connectivity_vas_total", "2Q03").Address.ToString()!;
            check = FactCell(book.Worksheet("Facts"), "so.connectivity_vas_total", "2Q03", 2).Address.ToString()!;
        }

        string Shown(string path, string address)
        {
            var cell = new XLWorkbook().AddWorksheet().Cell(address);
            return LibreOffice.Displayed(path, ["Facts"])["Facts"][cell.Address.RowNumber - 1][cell.Address.ColumnNumber - 1];
        }

        Assert.Equal("OK", Shown(workbook, check));

        // Dedicated access is a component of the derived connectivity total, itself a component of this total.
        Edit(workbook, facts => FactCell(facts, "so.dedicated_access", "2Q03").Value = 3_237_405);
        Assert.Equal("-1,000", Shown(workbook, check));
        Assert.Equal("5,637,259", Shown(workbook, total));
    }

    [Fact]
    public void Text_in_a_figure_s_cell_a_missing_figure_and_an_unbalanced_total_are_located_by_sheet_and_cell_and_nothing_is_written()
    {
        var workbook = Entry(Repo.SampleDataset);
        string text = "", missing = "", unbalanced = "";
        Edit(workbook, facts =>
        {
            var cell = FactCell(facts, "so.dialup_access", "2Q02");
            cell.Value = "791.738 yen";
            text = cell.Address.ToString()!;
            cell = FactCell(facts, "so.other_connectivity", "1Q03");
            cell.Clear(XLClearOptions.Contents);
            missing = cell.Address.ToString()!;
            cell = FactCell(facts, "kpi.contracts.dialup_total", "2Q03");
            cell.Value = 635_647;
            unbalanced = cell.Address.ToString()!;
        });
        var output = Path.Combine(folder, "dataset.json");

        var result = Import(workbook, output);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.False(File.Exists(output));
        Assert.Equal([$"{workbook}: Facts!{text}", $"{workbook}: Facts!{missing}"], result.Diagnostics.Select(d => d.Location!.ToString()));
        Assert.Equal(("RG6006", "'791.738 yen' is not a number: type the figure of so.dialup_access for 2Q02 in JPY_thousands, or - where there is nothing to report"), (result.Diagnostics[0].Code, result.Diagnostics[0].Message));
        Assert.Equal("RG6005", result.Diagnostics[1].Code);

        // With the figures of the right kind, the total that does not add up is the one problem left, at its cell.
        Edit(workbook, facts =>
        {
            FactCell(facts, "so.dialup_access", "2Q02").Value = 791_738;
            FactCell(facts, "so.other_connectivity", "1Q03").Value = 519_709;
        });
        result = Import(workbook, output);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("RG6007", $"{workbook}: Facts!{unbalanced}"), (error.Code, error.Location!.ToString()));
        Assert.StartsWith("kpi.contracts.dialup_total for 2Q03 is 635,647, and its components add to 635,646 (difference 1)", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Rolling_forward_typing_3q03_s_figures_into_the_workbook_and_importing_gives_the_3q03_sample()
    {
        var next = Path.Combine(folder, "next.json");
        Assert.Equal(0, Preparer.Next(Repo.SampleDataset, null, Repo.Pack, next).ExitCode);
        var workbook = Entry(next);
        var target = JsonDocument.Parse(File.ReadAllText(Repo.NextQuarterDataset)).RootElement;

        using (var book = new XLWorkbook(workbook))
        {
            var facts = book.Worksheet("Facts");
            foreach (var fact in target.GetProperty("facts").EnumerateObject())
            {
                foreach (var period in new[] { "3Q03", "3Q02" })
                {
                    var cell = FactCell(facts, fact.Name, period);
                    Assert.True(cell.IsEmpty(), $"{fact.Name} {period} is not left to enter");
                    if (fact.Value.GetProperty("values").TryGetProperty(period, out var value))
                    {
                        cell.Value = value.GetDecimal();
                    }
                    else
                    {
                        cell.Value = "-";
                    }
                }
            }

            var release = book.Worksheet("Release");
            string Field(string name) => release.CellsUsed().Single(c => c.GetString() == name).CellRight().Address.ToString()!;
            release.Cell(Field("releaseDate")).Value = new DateTime(2004, 2, 12, 0, 0, 0, DateTimeKind.Unspecified);
            release.Cell(Field("convenienceTranslation.rate")).Value = 107.13;
            book.Save();
        }

        var output = Path.Combine(folder, "3q03.json");
        var result = Import(workbook, output);

        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        Assert.Equal(File.ReadAllBytes(Repo.NextQuarterDataset), File.ReadAllBytes(output));
    }

    [Fact]
    public void The_commands_print_the_cell_of_a_problem_and_write_nothing()
    {
        var workbook = Entry(Repo.SampleDataset);
        Edit(workbook, facts => FactCell(facts, "so.net_loss", "1Q03").Value = "n/a");
        var output = Path.Combine(folder, "out.json");

        var (exit, _, error) = Cli.Run("import", workbook, "--out", output);

        Assert.Equal(1, exit);
        Assert.Matches(@"entry\.xlsx: Facts!\w+\d+: error RG6006: 'n/a' is not a number", error);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));

        Assert.Equal(0, Cli.Run("entry", "samples/laurentian-2024q2/dataset.json", "--templates", "templates/laurentian", "--out", Path.Combine(folder, "l.xlsx")).Exit);
        Assert.Equal(64, Cli.Run("import", workbook).Exit);
        Assert.Equal(1, Cli.Run("import", Repo.SampleDataset, "--out", output).Exit);
    }

    [Fact]
    public void A_fresh_workbook_names_its_first_blank_figures_one_by_one_and_counts_the_rest()
    {
        var next = Path.Combine(folder, "next.json");
        Assert.Equal(0, Preparer.Next(Repo.SampleDataset, null, Repo.Pack, next).ExitCode);

        var result = Import(Entry(next), Path.Combine(folder, "out.json"));

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal(23, result.Diagnostics.Count);
        Assert.Equal(["releaseDate is missing", "convenienceTranslation.rate is missing"], result.Diagnostics.Take(2).Select(d => d.Message.Split(':')[0]));
        Assert.EndsWith("Release!B14", result.Diagnostics[0].Location!.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("198 more figures are missing", result.Diagnostics[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void What_the_schema_refuses_is_reported_at_the_cell_it_was_typed_in()
    {
        var workbook = Entry(Repo.SampleDataset);
        using (var book = new XLWorkbook(workbook))
        {
            var release = book.Worksheet("Release");
            release.CellsUsed().Single(c => c.GetString() == "company.id").CellRight().Value = "Internet Initiative";
            book.Save();
        }

        var result = Import(workbook, Path.Combine(folder, "out.json"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("RG1002", error.Code);
        Assert.Equal($"{workbook}: Release!B4", error.Location!.ToString());
    }

    [Fact]
    public void The_same_dataset_gives_the_same_workbook_bytes()
    {
        var first = File.ReadAllBytes(Entry(Repo.SampleDataset, name: "a.xlsx"));
        var second = File.ReadAllBytes(Entry(Repo.SampleDataset, name: "b.xlsx"));

        Assert.Equal(first, second);
    }
}
