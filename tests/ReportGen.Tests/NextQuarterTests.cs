using System.Text.Json;
using ReportGen.Input;
using ReportGen.Pipeline;
using ReportGen.Evaluation;
using ReportGen.Binding;
using ReportGen.Documents;
using ReportGen.TieOut;

namespace ReportGen.Tests;

/// <summary>
/// An invented next quarter built with the same pack: its derived figures are checked against values computed here,
/// independently of the engine, straight from the dataset's JSON.
/// </summary>
public sealed class NextQuarterTests
{
    private readonly Release release = ReleasePipeline.Prepare(Repo.NextQuarterDataset, Repo.Pack, new BuildOptions());
    private readonly JsonElement facts = JsonDocument.Parse(File.ReadAllText(Repo.NextQuarterDataset)).RootElement.GetProperty("facts");

    private decimal Fact(string item, string period) => facts.GetProperty(item).GetProperty("values").GetProperty(period).GetDecimal();

    private ReleaseDocument English => release.Documents.Single(d => d.Language == "en");

    private CellModel Cell(string table, string item, Func<ColumnModel, bool> column)
    {
        var t = English.Tables.Single(x => x.Id == table);
        return t.Rows.First(r => r.Item == item).Cells[t.Columns.ToList().FindIndex(c => column(c))]!;
    }

    private static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    [Fact]
    public void It_builds_with_every_check_holding_and_the_new_periods_in_the_headers()
    {
        Assert.Empty(release.Failures);
        var table1 = English.Tables.Single(t => t.Id == "t01_revenues");
        Assert.Equal(["3Q03", "3Q02", "YoY % change", "2Q03", "QoQ % change"], table1.Columns.Select(c => c.Header));
        Assert.Equal("IIJ Announces Third Quarter Results for the Year Ending March 31, 2004", English.TitleLines[0]);
        Assert.Equal("For the Three Months Ended Dec 31, 2003, Dec 31, 2002 and Sept 30, 2003", English.Tables.Single(t => t.Id == "s1_operations").Subtitle[0]);
    }

    [Theory]
    [InlineData("so.dedicated_access")]
    [InlineData("so.systems_integration")]
    [InlineData("so.total_revenues")]
    [InlineData("so.operating_loss")]
    [InlineData("so.net_loss")]
    public void Changes_are_computed_from_thousands_with_the_signed_base(string item)
    {
        decimal Change(string basePeriod) => Round((Fact(item, "3Q03") - Fact(item, basePeriod)) / Fact(item, basePeriod) * 100m, 1);

        Assert.Equal(Change("3Q02"), Cell("s1_operations", item, c => c.Kind == ColumnKind.Change && c.BasePeriod == "3Q02").Value);
        Assert.Equal(Change("2Q03"), Cell("s1_operations", item, c => c.Kind == ColumnKind.Change && c.BasePeriod == "2Q03").Value);
    }

    [Fact]
    public void Usd_shares_and_millions_are_within_one_unit_of_plain_rounding_and_every_rounded_column_foots()
    {
        const decimal rate = 107.13m;
        foreach (var item in new[] { "so.dedicated_access", "so.cost_systems_integration", "so.net_loss", "bs.cash", "bs.total_assets" })
        {
            var table = item.StartsWith("bs.", StringComparison.Ordinal) ? "s2_balance_sheet" : "s1_operations";
            var usd = Cell(table, item, c => c.Kind == ColumnKind.Convenience).Value!.Value;
            Assert.InRange(usd - Round(Fact(item, "3Q03") / rate, 0), -1m, 1m);
        }

        var revenues = Fact("so.total_revenues", "3Q03");
        var share = Cell("s1_operations", "so.systems_integration", c => c.Kind == ColumnKind.Share && c.Period == "3Q03").Value!.Value;
        Assert.InRange(share - Round(100m * Fact("so.systems_integration", "3Q03") / revenues, 1), -0.1m, 0.1m);

        // Table 1 foots in every printed column, whatever the figures.
        var table1 = English.Tables.Single(t => t.Id == "t01_revenues");
        for (var c = 0; c < table1.Columns.Count; c++)
        {
            if (table1.Columns[c].Kind != ColumnKind.Value)
            {
                continue;
            }

            decimal V(string item) => table1.Rows.First(r => r.Item == item).Cells[c]!.Value!.Value;
            Assert.Equal(V("so.total_revenues"), V("so.connectivity_vas_total") + V("so.systems_integration") + V("so.equipment_sales"));
            Assert.Equal(V("so.connectivity_vas_total"), V("kpi.connectivity_total") + V("so.value_added_services") + V("so.other_connectivity"));
            Assert.Equal(V("kpi.connectivity_total"), V("so.dedicated_access") + V("so.dialup_access"));
        }
    }

    [Fact]
    public void Derived_kpis_follow_from_the_facts()
    {
        // Adjusted EBITDA = operating loss (thousands) + D&A excluding issuance cost (millions), printed in millions.
        var ebitda = Fact("so.operating_loss", "3Q03") / 1000m + Fact("kpi.depreciation_excl_issuance_cost", "3Q03");
        Assert.Equal(Round(ebitda, 0), Cell("t08_other", "kpi.adjusted_ebitda", c => c.Kind == ColumnKind.Value && c.Period == "3Q03").Value);

        var capex = Fact("kpi.capital_lease_acquisitions", "3Q03") - (Fact("cf.purchase_property_equipment", "3Q03") / 1000m);
        Assert.Equal(Round(capex, 0), Cell("t10_capex", "kpi.capex", c => c.Period == "3Q03").Value);

        var eps = Fact("so.net_loss", "3Q03") * 1000m / Fact("so.weighted_average_shares", "3Q03");
        Assert.Equal(Round(eps, 0), Cell("s1_operations", "so.eps", c => c.Kind == ColumnKind.Value && c.Period == "3Q03").Value);
        var epsAds = Fact("so.net_loss", "3Q03") * 1000m / Fact("so.weighted_average_ads", "3Q03");
        Assert.Equal(Round(epsAds, 2), Cell("s1_operations", "so.eps_ads", c => c.Kind == ColumnKind.Value && c.Period == "3Q03").Value);
    }

    [Fact]
    public void A_quarter_without_the_new_shares_disclosure_prints_neither_the_note_nor_its_markers()
    {
        var balanceSheet = English.Tables.Single(t => t.Id == "s2_balance_sheet");
        Assert.Empty(balanceSheet.Rows.Single(r => r.Item == "bs.common_stock").Marks);
        Assert.Single(balanceSheet.Notes);
    }

    [Fact]
    public void Forced_footing_leaves_each_figure_within_one_unit_of_its_half_up_rounding()
    {
        Assert.All(release.Figures.Outcomes, o => Assert.Equal(1m * (o.Measure.Kind == MeasureKind.Share ? 0.1m : 1m), Math.Abs(o.Printed!.Value - o.HalfUp!.Value)));
        Assert.NotEmpty(release.Figures.Outcomes);
    }

    [Fact]
    public void The_comparatives_agree_with_the_2q03_build_s_own_published_figures_and_a_changed_figure_is_reported()
    {
        // Last quarter's build writes what it printed; this quarter is checked against that file, nothing retyped.
        var folder = Repo.DatasetDir();
        var built = TestRenderers.Run(TestRenderers.Build(Repo.SampleDataset, Repo.Pack, folder, "xlsx"));
        Assert.True(built.ExitCode == 0, string.Join("\n", built.Diagnostics));
        var path = Path.Combine(folder, "iij-2q03-published.tsv");
        var published = PublishedFigures.Load(path);

        Assert.Empty(DifferenceFinder.Compare(published, English, English));

        // Every row of 2Q03 whose table this quarter prints 2Q03 in is a comparative, and is compared: more than a hundred.
        var compared = published.Where(r => r.Figures[0] == "@2Q03").ToList();
        Assert.True(compared.Count > 100, $"{compared.Count} rows of 2Q03");
        Assert.All(compared, r => Assert.Contains(English.Tables.Single(t => t.Id == r.Table).Columns, c => c.Period == "2Q03"));

        // Last quarter printed 998 where this quarter's comparative prints 999: reported, with both values.
        var changed = published.Select(r => r.Item == "so.equipment_sales" && r.Table == "t01_revenues" && r.Figures[0] == "@2Q03" ? r with { Figures = ["@2Q03", "998"] } : r).ToList();
        var difference = Assert.Single(DifferenceFinder.Compare(changed, English, English));
        Assert.Equal(("2Q03", "998", "999", DifferenceClass.RoundingAdjustment), (difference.Period, difference.Published, difference.Printed, difference.Class));

        // The sample's published-en.tsv, which its build reads by default, is that file as the 2Q03 build wrote it.
        Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(Repo.NextQuarterDataset)!, "published-en.tsv")));
        Directory.Delete(folder, recursive: true);
    }
}
