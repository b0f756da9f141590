using System.Globalization;
using System.Text.Json;
using ReportGen.Binding;
using ReportGen.Documents;
using ReportGen.Pipeline;

namespace ReportGen.Tests;

/// <summary>
/// The invented Canadian issuer: CAD thousands, English and French, three months and year to date, a balance sheet
/// against the last year end, no convenience translation, built by the same engine from its own pack. Every figure is
/// recomputed here from the dataset's JSON, without ReportGen's reader.
/// </summary>
public sealed class SecondIssuerTests
{
    public static TheoryData<string> Quarters => new() { "laurentian-2024q2", "laurentian-2024q3" };

    private static string Dataset(string sample) => Path.Combine(Repo.Root, "samples", sample, "dataset.json");

    private static string Pack => Path.Combine(Repo.Root, "templates", "laurentian");

    private static Release Prepare(string sample) => ReleasePipeline.Prepare(Dataset(sample), Pack, new BuildOptions());

    private static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    [Theory]
    [MemberData(nameof(Quarters))]
    public void Every_check_holds_and_every_printed_column_foots(string sample)
    {
        var release = Prepare(sample);

        Assert.Empty(release.Failures);
        Assert.Equal(["en", "fr"], release.Documents.Select(d => d.Language));
        Assert.All(release.Checks, c => Assert.True(c.Passed, $"{c.Id} {c.Period}"));
        Assert.Contains(release.Checks, c => c.Id == "retained_earnings_movement");
        Assert.True(PrintedColumns.Footings(release) > 100, "too few footings checked");
    }

    [Theory]
    [MemberData(nameof(Quarters))]
    public void Every_figure_equals_the_one_computed_here_from_the_json(string sample)
    {
        var release = Prepare(sample);
        var json = JsonDocument.Parse(File.ReadAllText(Dataset(sample))).RootElement;
        var periods = json.GetProperty("periods").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetProperty("role").GetString()!);
        var facts = json.GetProperty("facts");
        decimal? Fact(string item, string period) =>
            facts.TryGetProperty(item, out var fact) && fact.GetProperty("values").TryGetProperty(period, out var v) ? v.GetDecimal() : null;

        // The pack's derived items, written out here by hand.
        decimal? Value(string item, string period) => item switch
        {
            "is.eps_basic" => Fact("is.net_income", period) * 1000m / Fact("is.shares_basic", period),
            "is.eps_diluted" => Fact("is.net_income", period) * 1000m / Fact("is.shares_diluted", period),
            "ng.other_expense" => -Fact("is.other_income", period),
            "ng.adjusted_ebitda" => Fact("is.net_income", period) + Fact("is.income_tax", period) + Fact("is.finance_costs", period)
                - Fact("is.other_income", period) + Fact("is.depreciation", period) + Fact("cf.share_based_comp", period),
            _ => Fact(item, period),
        };

        var checkedCells = 0;
        foreach (var document in release.Documents)
        {
            foreach (var table in document.Tables)
            {
                foreach (var row in table.Rows.Where(r => r.Item is not null))
                {
                    for (var c = 0; c < table.Columns.Count; c++)
                    {
                        var column = table.Columns[c];
                        if (row.Cells[c] is not { Value: { } printed })
                        {
                            continue;
                        }

                        var where = $"{document.Language} {table.Id} {row.Item} {column.Kind} {column.Period}";
                        switch (column.Kind)
                        {
                            case ColumnKind.Value:
                                var decimals = row.Item!.StartsWith("is.eps", StringComparison.Ordinal) ? 2 : 0;
                                Assert.True(Round(Value(row.Item, column.Period)!.Value, decimals) == printed, $"{where}: {printed}");
                                break;
                            case ColumnKind.Share:
                                var share = 100m * Value(row.Item!, column.Period)!.Value / Fact("is.revenue", column.Period)!.Value;
                                Assert.True(Math.Abs(share - printed) <= 0.1m, $"{where}: {printed} against {share}");
                                break;
                            case ColumnKind.Change:
                                var now = Value(row.Item!, column.Period)!.Value;
                                var then = Value(row.Item!, column.BasePeriod!)!.Value;
                                Assert.True(Round((now - then) / then * 100m, 1) == printed, $"{where}: {printed}");
                                break;
                            default:
                                Assert.Fail($"{where}: the issuer has no convenience translation");
                                break;
                        }

                        checkedCells++;
                    }
                }
            }
        }

        Assert.True(checkedCells > 400, $"only {checkedCells} cells checked");
        Assert.Contains("ytd", periods.Values);
    }

    [Fact]
    public void The_two_quarters_agree_year_to_date_opening_cash_and_last_year_end()
    {
        var q2 = JsonDocument.Parse(File.ReadAllText(Dataset("laurentian-2024q2"))).RootElement.GetProperty("facts");
        var q3 = JsonDocument.Parse(File.ReadAllText(Dataset("laurentian-2024q3"))).RootElement.GetProperty("facts");
        decimal Get(JsonElement facts, string item, string period) => facts.GetProperty(item).GetProperty("values").GetProperty(period).GetDecimal();

        var flows = q3.EnumerateObject().Where(f => f.Value.GetProperty("values").TryGetProperty("9M-2024", out _)).Select(f => f.Name)
            .Where(f => !f.StartsWith("is.shares", StringComparison.Ordinal) && f is not ("cf.cash_beginning" or "cf.cash_end")).ToList();
        Assert.True(flows.Count > 25, $"{flows.Count} flows");
        foreach (var item in flows)
        {
            Assert.Equal(Get(q2, item, "H1-2024") + Get(q3, item, "Q3-2024"), Get(q3, item, "9M-2024"));
            Assert.Equal(Get(q2, item, "H1-2023") + Get(q3, item, "Q3-2023"), Get(q3, item, "9M-2023"));
        }

        Assert.Equal(Get(q2, "bs.cash", "Q2-2024"), Get(q3, "cf.cash_beginning", "Q3-2024"));
        foreach (var item in q2.EnumerateObject().Where(f => f.Name.StartsWith("bs.", StringComparison.Ordinal)).Select(f => f.Name))
        {
            Assert.Equal(Get(q2, item, "FY2023"), Get(q3, item, "FY2023"));
        }
    }

    [Fact]
    public void The_third_quarter_s_year_end_comparatives_agree_with_the_second_quarter_build_s_published_figures()
    {
        var folder = Repo.TempDir();
        var built = TestRenderers.Run(TestRenderers.Build(Dataset("laurentian-2024q2"), Pack, folder, "xlsx"));
        Assert.True(built.ExitCode == 0, string.Join("\n", built.Diagnostics));
        var published = Path.Combine(folder, "laurentian-2024q2-published.tsv");

        var report = Prepare("laurentian-2024q3").TieOut(published);

        Assert.Empty(report.Differences);
        var rows = File.ReadAllLines(published).Where(l => l.Contains("\t@FY2023\t", StringComparison.Ordinal)).ToList();
        Assert.True(rows.Count > 20, $"{rows.Count} rows of FY2023, the balance sheet both quarters print");

        // A year-end figure that moved between the two releases is reported.
        File.WriteAllLines(published, File.ReadAllLines(published).Select(l => l.StartsWith("s2_balance\tbs.cash\t@FY2023\t", StringComparison.Ordinal) ? "s2_balance\tbs.cash\t@FY2023\t1" : l));
        var moved = Assert.Single(Prepare("laurentian-2024q3").TieOut(published).Differences);
        Assert.Equal(("bs.cash", "FY2023", "1", "33,977"), (moved.Item, moved.Period, moved.Published, moved.Printed));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void The_french_pdf_prints_french_number_and_date_conventions()
    {
        var folder = Repo.TempDir();
        var result = TestRenderers.Run(TestRenderers.Build(Dataset("laurentian-2024q2"), Pack, folder, "pdf"));
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));

        var french = PdfText.Letters(Path.Combine(folder, "laurentian-2024t2-fr.pdf"));
        var english = PdfText.Letters(Path.Combine(folder, "laurentian-2024q2-en.pdf"));
        // The digits are grouped by a no-break space, drawn with the space's glyph, so that copied text has plain spaces.
        foreach (var expected in new[] { "102 226", "47,2 %", "(4,0 %)", "0,30", "41 230 000", "30 juin 2024", "Périodes de six mois closes le", "deuxième trimestre", "Page 1 de" })
        {
            Assert.Contains(expected, french, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("102,226", french, StringComparison.Ordinal);
        Assert.DoesNotContain("\u00A0", french, StringComparison.Ordinal);
        foreach (var expected in new[] { "102,226", "47.2%", "(4.0%)", "0.30", "41,230,000", "June 30, 2024", "Six months ended June 30", "Second Quarter", "Page 1 of" })
        {
            Assert.Contains(expected, english, StringComparison.Ordinal);
        }

        Assert.Equal(["laurentian-2024q2-en.pdf", "laurentian-2024q2-figures.json", "laurentian-2024q2-published.tsv", "laurentian-2024q2-tieout.json", "laurentian-2024q2-tieout.md", "laurentian-2024t2-fr.pdf"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Percent_number_text_follows_each_language()
    {
        var fr = new NumberConvention("\u00A0", ",", "({n})", "{n}\u00A0%");
        Assert.Equal("(12,3\u00A0%)", fr.Format(-12.3m, 1, percentSign: true));
        Assert.Equal("1\u00A0234\u00A0567,50", fr.Format(1234567.5m, 2));
        Assert.Equal("-8.7%", new NumberConvention(",", ".", "-{n}", "{n}%").Format(-8.7m, 1, percentSign: true));
        Assert.Equal("0", NumberConvention.English.Format(0m, 0));
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"{12345.6m:#,##0.0}"), NumberConvention.English.Format(12345.6m, 1));
    }

    [Fact]
    public void The_dataset_names_its_pack_so_the_commands_need_no_templates_option_and_a_rolled_forward_copy_still_names_it()
    {
        var folder = Repo.TempDir();
        try
        {
            var (exit, _, error) = Cli.Run("check", "samples/laurentian-2024q3/dataset.json", "--out", Path.Combine(folder, "out"));
            Assert.True(exit == 0, error);
            Assert.Contains("# Tie-out: Laurentian Fibre Networks Inc.", File.ReadAllText(Path.Combine(folder, "out", "laurentian-2024q3-tieout.md")), StringComparison.Ordinal);

            var next = Path.Combine(folder, "elsewhere", "next.json");
            Assert.Equal(0, Cli.Run("next", "samples/laurentian-2024q3/dataset.json", "--out", next).Exit);
            var named = JsonDocument.Parse(File.ReadAllText(next)).RootElement.GetProperty("templates").GetString()!;
            Assert.Equal(Pack, Path.GetFullPath(Path.Combine(folder, "elsewhere", named)));

            // --templates still decides: the IIJ pack does not fit this dataset, and says so.
            Assert.Equal(1, Cli.Run("check", "samples/laurentian-2024q3/dataset.json", "--templates", "templates/iij", "--out", Path.Combine(folder, "iij")).Exit);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
