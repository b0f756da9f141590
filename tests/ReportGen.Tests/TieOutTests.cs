using System.Text.Json;
using System.Text.Json.Nodes;
using ReportGen.Pipeline;
using ReportGen.Rendering;
using ReportGen.Evaluation;
using ReportGen.Binding;
using ReportGen.Documents;
using ReportGen.TieOut;

namespace ReportGen.Tests;

/// <summary>The tie-out on the sample: every check listed, every rounded column footed, pins and differences reported.</summary>
public sealed class TieOutTests(SampleRelease sample) : IClassFixture<SampleRelease>
{
    [Fact]
    public void Every_relation_and_tie_holds_on_every_period_and_is_listed()
    {
        Assert.Empty(sample.Release.Failures);
        var checks = sample.Release.Checks;
        Assert.Equal(63, checks.Count(c => c.Kind == CheckKind.Relation));
        Assert.Contains(checks, c => c.Id == "opening_cash_is_last_quarter_closing" && c.Period == "2Q03 / 1Q03" && c.LeftValue == 2_819_007m);
        Assert.Contains(checks, c => c.Id == "share_issue_in_paid_in_capital" && c.RightValue == 11_886_887m);
        Assert.Contains(checks, c => c.Id == "net_loss_in_accumulated_deficit" && c.RightValue == -278_426m);
        Assert.All(checks, c => Assert.True(c.Passed, $"{c.Id} {c.Period}"));
    }

    [Fact]
    public void Every_rounded_column_of_every_table_foots_as_printed() =>
        Assert.True(PrintedColumns.Footings(sample.Release) > 250, "too few footings checked");

    [Fact]
    public void Pins_are_listed_with_their_reasons_and_differences_are_classified()
    {
        var report = sample.Release.TieOut(Repo.SamplePublished);

        Assert.Equal(13, report.Pins.Count);
        Assert.All(report.Pins, p => Assert.True(p.Reason.Length > 40));
        Assert.DoesNotContain(report.Differences, d => d.Class == DifferenceClass.Unexplained);
        var sign = Assert.Single(report.Differences, d => d.Class == DifferenceClass.Sign);
        Assert.Equal(("81.0%", "(80.9%)", "(81.0%)"), (sign.Published, sign.Engine, sign.Printed));
        Assert.Equal(12, report.Differences.Count(d => d.Class == DifferenceClass.Pinned));

        using var json = JsonDocument.Parse(TieOutWriter.Json(report));
        var first = json.RootElement.GetProperty("differences")[0];
        foreach (var field in new[] { "table", "row", "column", "period", "expected", "actual", "class" })
        {
            Assert.True(first.TryGetProperty(field, out _), field);
        }

        Assert.Contains("## Sign-off", TieOutWriter.Markdown(report), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pin_that_breaks_a_footing_is_itself_an_error()
    {
        var folder = Repo.DatasetDir();
        var node = JsonNode.Parse(File.ReadAllText(Repo.SampleDataset))!;
        node["pins"]!.AsArray().Add(JsonNode.Parse("""{ "item": "so.systems_integration", "period": "2Q03", "measure": "amount", "scale": "JPY_millions", "value": 2600, "reason": "a figure pinned by mistake" }"""));
        var path = Path.Combine(folder, "pin.json");
        File.WriteAllText(path, node.ToJsonString());

        var result = TestRenderers.Run(new JobRequest(path, Repo.Pack, Path.Combine(folder, "out"), null, ["xlsx"], new BuildOptions()));

        Assert.Equal(ExitCodes.TieOutFailed, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Code == "RG4003" && d.Message.Contains("'total_revenues'", StringComparison.Ordinal) && d.Message.Contains("2Q03", StringComparison.Ordinal));
        Assert.Empty(result.Written);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void A_pin_that_fixes_no_printed_figure_is_reported_where_it_is()
    {
        var folder = Repo.DatasetDir();
        var node = JsonNode.Parse(File.ReadAllText(Repo.SampleDataset))!;
        node["pins"]!.AsArray().Add(JsonNode.Parse("""{ "item": "bs.cash", "period": "2Q03", "measure": "amount", "scale": "JPY_millions", "value": 11783, "reason": "no table prints the balance sheet in millions" }"""));
        var path = Path.Combine(folder, "pin.json");
        File.WriteAllText(path, node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        var result = TestRenderers.Run(new JobRequest(path, Repo.Pack, Path.Combine(folder, "out"), null, ["xlsx"], new BuildOptions()));

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("RG1005", "$.pins[13]"), (error.Code, error.Location!.Path));
        Assert.Contains("would fix nothing", error.Message, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void With_forced_footing_off_the_pack_prints_plain_half_up_rounding()
    {
        var folder = Repo.TempDir();
        foreach (var file in Directory.GetFiles(Repo.Pack, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(Repo.Pack, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var manifest = Path.Combine(folder, "pack.yaml");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("  enabled: true", "  enabled: false", StringComparison.Ordinal));

        var release = ReleasePipeline.Prepare(Repo.SampleDataset, folder, new BuildOptions());
        var costs = release.Documents.Single(d => d.Language == "en").Tables.Single(t => t.Id == "t06_costs");
        var si = costs.Rows.Single(r => r.Item == "so.cost_systems_integration");

        Assert.Equal("2,276", si.Cells[0]!.Display);
        Assert.Empty(release.Figures.Outcomes);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Source_date_epoch_sets_the_documents_creation_date()
    {
        var options = new BuildOptions(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));
        var release = ReleasePipeline.Prepare(Repo.SampleDataset, Repo.Pack, options);

        Assert.All(release.Documents, d => Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), d.Metadata.Created));
        Assert.Equal(new DateTimeOffset(2003, 11, 21, 0, 0, 0, TimeSpan.Zero), sample.English.Metadata.Created);
    }
}
