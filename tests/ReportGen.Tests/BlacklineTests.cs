using System.Text.Json;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using ReportGen.Binding;
using ReportGen.Input;
using ReportGen.Preparation;

namespace ReportGen.Tests;

/// <summary>
/// <c>reportgen diff</c>: the printed figures that differ between two drafts, checked against figures computed here from
/// the JSON, and against what the two builds' workbooks display.
/// </summary>
public sealed class BlacklineTests : IDisposable
{
    private readonly string folder = Repo.DatasetDir();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Edited(string name, Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(File.ReadAllText(Repo.SampleDataset))!;
        edit(node);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }

    private static BlacklineReport Diff(string old, string @new, string? output = null)
    {
        var (result, report) = Preparer.Diff(old, @new, Repo.Pack, output);
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        return report!;
    }

    private static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    [Fact]
    public void One_fact_changed_lists_exactly_the_figures_computed_here_to_change_in_both_languages()
    {
        var changed = Edited("idc.json", d => d["facts"]!["kpi.idc_revenue"]!["values"]!["2Q03"] = 400);

        var report = Diff(Repo.SampleDataset, changed);

        // Computed here from the JSON: Internet data center revenue (JPY millions) and the other value-added services
        // (value-added services in thousands less it), printed in millions in table 5 with their changes on both bases.
        var facts = JsonNode.Parse(File.ReadAllText(Repo.SampleDataset))!["facts"]!;
        decimal Fact(string id, string period) => (decimal)facts[id]!["values"]![period]!;
        decimal Other(decimal idc, string period) => (Fact("so.value_added_services", period) / 1000m) - idc;
        decimal Change(decimal now, decimal then) => Round((now - then) / then * 100m, 1);
        var expected = new List<(string Item, ColumnKind Kind, string? Base, decimal Old, decimal New)>
        {
            ("kpi.idc_revenue", ColumnKind.Value, null, Fact("kpi.idc_revenue", "2Q03"), 400),
            ("kpi.idc_revenue", ColumnKind.Change, "2Q02", Change(Fact("kpi.idc_revenue", "2Q03"), Fact("kpi.idc_revenue", "2Q02")), Change(400, Fact("kpi.idc_revenue", "2Q02"))),
            ("kpi.idc_revenue", ColumnKind.Change, "1Q03", Change(Fact("kpi.idc_revenue", "2Q03"), Fact("kpi.idc_revenue", "1Q03")), Change(400, Fact("kpi.idc_revenue", "1Q03"))),
            ("kpi.other_vas_revenue", ColumnKind.Value, null, Round(Other(Fact("kpi.idc_revenue", "2Q03"), "2Q03"), 0), Round(Other(400, "2Q03"), 0)),
        };
        foreach (var basePeriod in new[] { "2Q02", "1Q03" })
        {
            var then = Other(Fact("kpi.idc_revenue", basePeriod), basePeriod);
            expected.Add(("kpi.other_vas_revenue", ColumnKind.Change, basePeriod, Change(Other(Fact("kpi.idc_revenue", "2Q03"), "2Q03"), then), Change(Other(400, "2Q03"), then)));
        }

        expected = expected.Where(e => e.Old != e.New).ToList();
        Assert.Equal(6, expected.Count);
        var seen = report.Changes.Select(c => (c.Language, c.Table, c.Item, c.Kind, c.Period, c.BasePeriod, PublishedFigures.Parse(c.Old), PublishedFigures.Parse(c.New))).ToList();
        var wanted = new[] { "ja", "en" }.SelectMany(l => expected.Select(e => (l, "t05_value_added", e.Item, e.Kind, "2Q03", e.Base, (decimal?)e.Old, (decimal?)e.New))).ToList();
        Assert.Equal(wanted, seen);
        Assert.Equal([new FactChange("kpi.idc_revenue", "2Q03", 371, 400)], report.Facts);
        Assert.Empty(report.Notes);
    }

    [Fact]
    public void A_reclassification_lists_the_shares_translations_and_footing_moves_it_causes_as_the_workbooks_show_them()
    {
        // A late adjustment: 100,000 thousand yen moved from inventories to receivables at 30 September 2003. The totals stay.
        var changed = Edited("reclass.json", d =>
        {
            d["facts"]!["bs.accounts_receivable"]!["values"]!["2Q03"] = 6_826_563;
            d["facts"]!["bs.inventories"]!["values"]!["2Q03"] = 168_519;
        });
        var report = Diff(Repo.SampleDataset, changed);

        // Independently of the blackline: build both, and list every table cell whose displayed text differs.
        var expected = new List<(string, string, string)>();
        var builds = new[] { Repo.SampleDataset, changed }.Select((dataset, i) =>
        {
            var output = Path.Combine(folder, $"build{i}");
            var result = TestRenderers.Run(TestRenderers.Build(dataset, Repo.Pack, output, "xlsx"));
            Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
            return output;
        }).ToList();
        foreach (var file in Directory.GetFiles(builds[0], "*.xlsx").Select(Path.GetFileName))
        {
            using var before = new XLWorkbook(Path.Combine(builds[0], file!));
            using var after = new XLWorkbook(Path.Combine(builds[1], file!));
            foreach (var sheet in before.Worksheets.Where(s => s.Name is not ("Data" or "データ")))
            {
                foreach (var cell in sheet.CellsUsed())
                {
                    var was = WorkbookReader.Displayed(cell);
                    var now = WorkbookReader.Displayed(after.Worksheet(sheet.Name).Cell(cell.Address));
                    if (was != now)
                    {
                        expected.Add((Path.GetFileNameWithoutExtension(file)!, was, now));
                    }
                }
            }
        }

        // A workbook shows every percentage with its % sign (it holds a fraction); the statements print shares without it.
        static string Figure(string text) => text.TrimEnd('%');
        Assert.Equal(14, expected.Count);
        Assert.Equal(expected.Select(e => (e.Item1, Figure(e.Item2), Figure(e.Item3))).Order(), report.Changes.Select(c => (c.Document, Figure(c.Old), Figure(c.New))).Order());
        Assert.Contains(report.Changes, c => c.Item == "bs.inventories" && c.Kind == ColumnKind.Share);

        // Prepaid expenses did not change, and its translation moves: forced footing of the column, which the blackline says.
        var prepaid = Assert.Single(report.Changes, c => c.Item == "bs.prepaid_expenses" && c.Language == "en");
        Assert.Equal((ColumnKind.Convenience, "5,871", "5,872"), (prepaid.Kind, prepaid.Old, prepaid.New));
        Assert.Contains("forced footing", prepaid.Why, StringComparison.Ordinal);
        Assert.Equal(2, report.Facts.Count);
    }

    [Fact]
    public void Two_output_folders_give_the_same_blackline_as_their_datasets_and_the_files_say_so()
    {
        var changed = Edited("idc.json", d => d["facts"]!["kpi.idc_revenue"]!["values"]!["2Q03"] = 400);
        var folders = new[] { Repo.SampleDataset, changed }.Select((dataset, i) =>
        {
            var output = Path.Combine(folder, $"out{i}");
            Assert.Equal(0, TestRenderers.Run(TestRenderers.Build(dataset, Repo.Pack, output, "pdf")).ExitCode);
            return output;
        }).ToList();

        var fromDatasets = Diff(Repo.SampleDataset, changed);
        var fromFolders = Diff(folders[0], folders[1], Path.Combine(folder, "blackline"));

        Assert.Equal(fromDatasets.Changes, fromFolders.Changes);
        Assert.Empty(fromFolders.Facts);
        var markdown = File.ReadAllText(Path.Combine(folder, "blackline", "blackline.md"));
        Assert.Contains("| Internet Data Center services (kpi.idc_revenue) | YoY % change [2Q03 on 2Q02] | 0.0% | 7.8% |  |", markdown, StringComparison.Ordinal);
        Assert.Contains("### Table 5. Value-added Services (t05_value_added)", markdown, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "blackline", "blackline.json")));
        var first = json.RootElement.GetProperty("changes")[0];
        Assert.Equal(("ja", "t05_value_added", "kpi.idc_revenue", "371", "400"), (first.GetProperty("language").GetString(), first.GetProperty("table").GetString(), first.GetProperty("row").GetString(), first.GetProperty("old").GetString(), first.GetProperty("new").GetString()));
    }

    [Fact]
    public void A_dataset_that_fails_its_checks_is_still_compared_and_the_blackline_says_it_fails()
    {
        var changed = Edited("broken.json", d => d["facts"]!["so.other_connectivity"]!["values"]!["2Q03"] = 537_389);

        var report = Diff(Repo.SampleDataset, changed);

        Assert.Contains(report.Notes, n => n.StartsWith("The new dataset does not pass its checks (1 problem", StringComparison.Ordinal));
        Assert.Contains(report.Changes, c => c.Item == "so.other_connectivity" && c.Table == "s1_operations" && c.Old == "536,389" && c.New == "537,389");
    }

    [Fact]
    public void The_command_prints_the_blackline_or_writes_it_and_rejects_what_it_cannot_compare()
    {
        var same = Cli.Run("diff", "samples/iij-2q03/dataset.json", "samples/iij-2q03/dataset.json");
        Assert.Equal(0, same.Exit);
        Assert.Contains("Printed figures that differ: none.", same.Out, StringComparison.Ordinal);

        var empty = Path.Combine(folder, "empty");
        Directory.CreateDirectory(empty);
        var (exit, _, error) = Cli.Run("diff", empty, "samples/iij-2q03/dataset.json");
        Assert.Equal(1, exit);
        Assert.Contains("error RG6003: cannot read the figures file: the folder has no <job>-figures.json", error, StringComparison.Ordinal);
        Assert.Equal(64, Cli.Run("diff", "samples/iij-2q03/dataset.json").Exit);
        Assert.Equal(64, Cli.Run("diff", "a", "b", "--format", "md").Exit);
    }
}
