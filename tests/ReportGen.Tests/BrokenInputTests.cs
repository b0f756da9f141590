using System.Text.Json.Nodes;
using ReportGen.Pipeline;
using ReportGen.Rendering;

namespace ReportGen.Tests;

/// <summary>A preparer's mistakes at midnight: each gets a message naming the file and the place, a non-zero exit, and no output.</summary>
public sealed class BrokenInputTests : IDisposable
{
    private readonly string folder = Repo.DatasetDir();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string SampleText => File.ReadAllText(Repo.SampleDataset);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string WriteEdited(string name, Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(SampleText)!;
        edit(node);
        return Write(name, node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }

    private JobResult Build(string dataset, string? output = null) =>
        TestRenderers.Run(new JobRequest(dataset, Repo.Pack, output ?? Path.Combine(folder, "out"), null, ["xlsx", "pdf"], new BuildOptions()));

    private void AssertNothingWritten(string output) =>
        Assert.True(!Directory.Exists(output) || Directory.GetFiles(output).Length == 0, "a failed run wrote files");

    [Fact]
    public void A_syntax_error_is_located_by_line_and_column()
    {
        var text = SampleText.Replace("\"so.dialup_access\": {", "\"so.dialup_access\": {,", StringComparison.Ordinal);
        var path = Write("syntax.json", text);
        var line = text[..text.IndexOf("{,", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var result = Build(path);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("RG1001", error.Code);
        Assert.Equal(path, error.Location!.File);
        Assert.Equal(line, error.Location.Line);
        Assert.Equal(26, error.Location.Column);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
        AssertNothingWritten(Path.Combine(folder, "out"));
    }

    [Fact]
    public void A_string_where_a_number_belongs_is_located_by_json_path_and_line()
    {
        var text = SampleText.Replace("\"2Q03\": 783589", "\"2Q03\": \"783,589\"", StringComparison.Ordinal);
        var path = Write("type.json", text);

        var result = Build(path);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("RG1002", error.Code);
        Assert.Equal("$.facts[\"so.dialup_access\"].values[\"2Q03\"]", error.Location!.Path);
        Assert.Equal(text[..text.IndexOf("\"783,589\"", StringComparison.Ordinal)].Count(c => c == '\n') + 1, error.Location.Line);
        Assert.Contains("number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_for_a_period_the_dataset_does_not_declare_is_an_error()
    {
        var path = WriteEdited("period.json", d => d["facts"]!["so.net_loss"]!["values"]!["3Q03"] = -1);

        var result = Build(path);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("RG1003", error.Code);
        Assert.Contains("'3Q03'", error.Message, StringComparison.Ordinal);
        Assert.Equal("$.facts[\"so.net_loss\"].values[\"3Q03\"]", error.Location!.Path);
        Assert.NotNull(error.Location.Line);
    }

    [Fact]
    public void A_fact_a_table_needs_and_the_dataset_lacks_names_the_template_entries_that_need_it()
    {
        var path = WriteEdited("missing.json", d => d["facts"]!.AsObject().Remove("so.other_expenses"));

        var result = Build(path);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.All(result.Diagnostics, d => Assert.Equal("RG3001", d.Code));
        Assert.Contains(result.Diagnostics, d => d.Location!.File.EndsWith("s1_operations.yaml", StringComparison.Ordinal) && d.Location.Line is > 0);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("so.other_expenses", StringComparison.Ordinal) && d.Message.Contains(path, StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_total_names_the_relation_the_period_and_the_difference()
    {
        var path = WriteEdited("total.json", d => d["facts"]!["so.total_costs"]!["values"]!["2Q02"] = 9411239);

        var result = Build(path);

        Assert.Equal(ExitCodes.TieOutFailed, result.ExitCode);
        Assert.Contains(result.Diagnostics, d => d.Code == "RG4001" && d.Message.Contains("'total_costs'", StringComparison.Ordinal) && d.Message.Contains("2Q02", StringComparison.Ordinal) && d.Message.Contains("difference 1", StringComparison.Ordinal));

        // No release file; the tie-out of the failure, under a name of its own, for the reviewer.
        Assert.Empty(result.Written);
        Assert.Equal(["iij-2q03-tieout-failed.json", "iij-2q03-tieout-failed.md"], Directory.GetFiles(Path.Combine(folder, "out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Check_on_a_broken_total_still_writes_the_tie_out_for_the_reviewer()
    {
        var path = WriteEdited("total.json", d => d["facts"]!["so.total_costs"]!["values"]!["2Q02"] = 9411239);
        var output = Path.Combine(folder, "check");

        var result = TestRenderers.Run(new JobRequest(path, Repo.Pack, output, null, [], new BuildOptions()));

        Assert.Equal(ExitCodes.TieOutFailed, result.ExitCode);
        Assert.Equal(["iij-2q03-tieout-failed.json", "iij-2q03-tieout-failed.md"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var report = File.ReadAllText(Path.Combine(output, "iij-2q03-tieout-failed.md"));
        Assert.Contains("**Result: FAILED, 2 problem(s).**", report, StringComparison.Ordinal);
        Assert.Contains("## 1. Failures (2)", report, StringComparison.Ordinal);
        Assert.Contains("relation 'total_costs' does not hold for 2Q02: total 9,411,239 but components add to 9,411,238 (difference 1)", report, StringComparison.Ordinal);

        // A good run afterwards removes the failure's tie-out.
        Assert.Equal(ExitCodes.Success, TestRenderers.Run(new JobRequest(Repo.SampleDataset, Repo.Pack, output, null, [], new BuildOptions())).ExitCode);
        Assert.Equal(["iij-2q03-tieout.json", "iij-2q03-tieout.md"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unbalanced_balance_sheet_fails_the_tie_between_its_two_sides()
    {
        var path = WriteEdited("unbalanced.json", d =>
        {
            d["facts"]!["bs.total_liabilities_equity"]!["values"]!["1Q03"] = 27586700;
            d["facts"]!["bs.minority_interest"]!["values"]!["1Q03"] = 624709;
        });

        var result = Build(path);

        Assert.Equal(ExitCodes.TieOutFailed, result.ExitCode);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("RG4002", error.Code);
        Assert.Contains("balance_sheet_balances", error.Message, StringComparison.Ordinal);
        Assert.Contains("difference -100", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("relations.yaml", error.Location!.File, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cash_flow_that_does_not_reach_the_balance_sheet_cash_fails()
    {
        var path = WriteEdited("cash.json", d =>
        {
            d["facts"]!["cf.other_operating"]!["values"]!["2Q03"] = -120251;
            d["facts"]!["cf.operating_total"]!["values"]!["2Q03"] = -526524;
            d["facts"]!["cf.net_change_in_cash"]!["values"]!["2Q03"] = 8963828;
            d["facts"]!["cf.cash_end"]!["values"]!["2Q03"] = 11782835;
        });

        var result = Build(path);

        Assert.Equal(ExitCodes.TieOutFailed, result.ExitCode);
        var error = Assert.Single(result.Diagnostics);
        Assert.Contains("cash_flow_end_cash", error.Message, StringComparison.Ordinal);
        Assert.Contains("11,782,935", error.Message, StringComparison.Ordinal);
        Assert.Contains("11,782,835", error.Message, StringComparison.Ordinal);
        Assert.Contains("difference 100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_run_leaves_the_previous_good_output_untouched()
    {
        var output = Path.Combine(folder, "kept");
        var good = TestRenderers.Run(new JobRequest(Repo.SampleDataset, Repo.Pack, output, null, ["xlsx"], new BuildOptions()));
        Assert.Equal(ExitCodes.Success, good.ExitCode);
        var before = Directory.GetFiles(output).Order().ToDictionary(f => f, File.ReadAllBytes);

        var bad = Build(Write("bad.json", "{ \"company\": "), output);

        Assert.Equal(ExitCodes.InvalidInput, bad.ExitCode);
        var after = Directory.GetFiles(output).Order().ToList();
        Assert.Equal(before.Keys, after);
        Assert.All(after, f => Assert.Equal(before[f], File.ReadAllBytes(f)));
    }

    [Fact]
    public void A_build_that_fails_its_tie_out_writes_the_failure_beside_the_release_set_which_stays_until_a_good_build()
    {
        var output = Path.Combine(folder, "release");
        Assert.Equal(ExitCodes.Success, TestRenderers.Run(new JobRequest(Repo.SampleDataset, Repo.Pack, output, null, ["xlsx"], new BuildOptions())).ExitCode);
        var release = Directory.GetFiles(output).Order(StringComparer.Ordinal).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
        var broken = WriteEdited("broken.json", node => node["facts"]!["so.dedicated_access"]!["values"]!["2Q03"] = 3236406);

        var failed = Build(broken, output);

        Assert.Equal(ExitCodes.TieOutFailed, failed.ExitCode);
        Assert.Equal(release.Keys.Concat(["iij-2q03-tieout-failed.json", "iij-2q03-tieout-failed.md"]).Order(StringComparer.Ordinal), Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(release, f => Assert.Equal(f.Value, File.ReadAllBytes(Path.Combine(output, f.Key))));
        Assert.Contains("Result: FAILED", File.ReadAllText(Path.Combine(output, "iij-2q03-tieout-failed.md")), StringComparison.Ordinal);

        Assert.Equal(ExitCodes.Success, TestRenderers.Run(new JobRequest(Repo.SampleDataset, Repo.Pack, output, null, ["xlsx"], new BuildOptions())).ExitCode);
        Assert.Equal(release.Keys, Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_template_with_an_unknown_key_is_located_in_its_file()
    {
        var (table, result) = BuildWithEditedTable("t07_backbone.yaml", "  - { item: kpi.backbone.domestic }", "  - { item: kpi.backbone.domestic, colour: red }");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("RG2001", error.Code);
        Assert.Equal(table, error.Location!.File);
        Assert.Equal(15, error.Location.Line);
        Assert.Contains("colour", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_bound_to_a_label_the_catalogue_lacks_is_an_error_of_the_pack()
    {
        var (table, result) = BuildWithEditedTable("t10_capex.yaml", "label: t10.capex", "label: t10.capexx");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("RG2002", error.Code);
        Assert.Contains("t10.capexx", error.Message, StringComparison.Ordinal);
        Assert.Equal(table, error.Location!.File);
    }

    [Fact]
    public void A_label_without_japanese_text_and_a_sheet_name_excel_refuses_are_errors_of_the_pack()
    {
        var (labels, missing) = BuildWithEditedTable("../labels.yaml", "kpi.backbone.domestic: { ja: \"国内バックボーンコスト\", ", "kpi.backbone.domestic: { ja: \"\", ");
        var error = Assert.Single(missing.Diagnostics);
        Assert.Equal((labels, "RG2002"), (error.Location!.File, error.Code));
        Assert.Contains("no Japanese (Japan) ('ja') text", error.Message, StringComparison.Ordinal);

        var (_, sheet) = BuildWithEditedTable("t07_backbone.yaml", "sheet: { ja: 表7, en: Table 7 }", "sheet: { ja: 表7, en: \"Table 7: backbone\" }");
        Assert.Contains("not one Excel accepts", Assert.Single(sheet.Diagnostics).Message, StringComparison.Ordinal);
    }

    /// <summary>Builds the sample with a copy of the pack in which one table file has one edit.</summary>
    private (string Table, JobResult Result) BuildWithEditedTable(string file, string find, string replace)
    {
        var pack = Path.Combine(folder, "pack");
        if (Directory.Exists(pack))
        {
            Directory.Delete(pack, recursive: true);
        }

        CopyDirectory(Repo.Pack, pack);
        var table = Path.GetFullPath(Path.Combine(pack, "tables", file));
        var text = File.ReadAllText(table);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(table, text.Replace(find, replace, StringComparison.Ordinal));
        return (table, TestRenderers.Run(new JobRequest(Repo.SampleDataset, pack, Path.Combine(folder, "out"), null, ["xlsx"], new BuildOptions())));
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
