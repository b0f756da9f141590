using System.Text;
using System.Text.Json.Nodes;
using ReportGen.Input;
using ReportGen.Pipeline;
using ReportGen.Preparation;

namespace ReportGen.Tests;

/// <summary>
/// <c>reportgen next</c>: last quarter's dataset rolled forward. Filling in what the preparer fills (the current quarter's
/// figures, the release date, the rate, and the year-ago figures when no year-ago dataset is given) must give the invented
/// 3Q03 sample byte for byte, since that sample is the real 2Q03 carried forward by hand.
/// </summary>
public sealed class RollForwardTests : IDisposable
{
    private readonly string folder = Repo.DatasetDir();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static JsonNode Sample(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, "samples", name, "dataset.json")))!;

    private JsonNode Next(string sample, string pack, string? yearAgo = null)
    {
        var output = Path.Combine(folder, "next", "dataset.json");
        var result = Preparer.Next(Path.Combine(Repo.Root, "samples", sample, "dataset.json"), yearAgo, Path.Combine(Repo.Root, "templates", pack), output);
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        Assert.Equal([output], result.Written);
        return JsonNode.Parse(File.ReadAllText(output))!;
    }

    /// <summary>What the preparer types: each null value of the given periods becomes the target's figure, or goes where the target has none.</summary>
    private static void Fill(JsonNode next, JsonNode target, params string[] periods)
    {
        foreach (var (id, fact) in next["facts"]!.AsObject())
        {
            var values = fact!["values"]!.AsObject();
            var wanted = target["facts"]![id]!["values"]!.AsObject();
            foreach (var period in periods)
            {
                Assert.True(!values.ContainsKey(period) || values[period] is null, $"{id} {period}: next wrote {values[period]}, where the preparer has to enter it");
                values.Remove(period);
                if (wanted[period] is { } value)
                {
                    values[period] = value.DeepClone();
                }
            }

            // Keep the periods in the dataset's order, as a person editing the file would.
            var ordered = next["periods"]!.AsObject().Select(p => p.Key).Where(values.ContainsKey).Select(k => (k, values[k]!.DeepClone())).ToList();
            values.Clear();
            ordered.ForEach(kv => values[kv.k] = kv.Item2);
        }

        next["releaseDate"] = target["releaseDate"]!.DeepClone();
        next["convenienceTranslation"]!["rate"] = target["convenienceTranslation"]!["rate"]!.DeepClone();
    }

    private static byte[] Canonical(JsonNode node) => DatasetWriter.Write(DatasetReader.Parse(Encoding.UTF8.GetBytes(node.ToJsonString()), "filled.json"));

    [Fact]
    public void Rolling_2q03_forward_and_entering_3q03_s_figures_gives_the_3q03_sample_byte_for_byte()
    {
        var next = Next("iij-2q03", "iij");

        // Independently of the pack: the quarter after July-September 2003 of IIJ's year ending in March.
        Assert.Equal((2003, 3, "2004-03-31"), ((int)next["fiscalYear"]!["year"]!, (int)next["quarter"]!, (string)next["fiscalYear"]!["endDate"]!));
        Assert.Equal(["3Q03", "3Q02", "2Q03"], next["periods"]!.AsObject().Select(p => p.Key));
        Assert.Equal(("2002-10-01", "2002-12-31", "yearAgo"), ((string)next["periods"]!["3Q02"]!["start"]!, (string)next["periods"]!["3Q02"]!["end"]!, (string)next["periods"]!["3Q02"]!["role"]!));
        Assert.Null(next["releaseDate"]);
        Assert.Null(next["notes"]);
        Assert.Null(next["pins"]);
        Assert.Equal("2003-12-31", (string)next["convenienceTranslation"]!["date"]!);

        // This quarter's figures are next quarter's previous-quarter comparatives, as they were.
        var source = Sample("iij-2q03");
        foreach (var (id, fact) in source["facts"]!.AsObject())
        {
            Assert.Equal(fact!["values"]!["2Q03"]?.ToJsonString(), next["facts"]![id]!["values"]!["2Q03"]?.ToJsonString());
        }

        var target = Sample("iij-3q03-invented");
        Fill(next, target, "3Q03", "3Q02");
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repo.Root, "samples", "iij-3q03-invented", "dataset.json")), Canonical(next));
    }

    [Fact]
    public void With_a_year_ago_dataset_only_the_current_quarter_is_left_to_enter()
    {
        // The invented 3Q03 holds 3Q02 (by its dates), so it serves as the year-ago dataset of a 3Q03 rolled from 2Q03.
        var next = Next("iij-2q03", "iij", Path.Combine(Repo.Root, "samples", "iij-3q03-invented", "dataset.json"));
        var target = Sample("iij-3q03-invented");
        Assert.Equal(target["facts"]!["so.net_loss"]!["values"]!["3Q02"]!.ToJsonString(), next["facts"]!["so.net_loss"]!["values"]!["3Q02"]!.ToJsonString());

        Fill(next, target, "3Q03");
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repo.Root, "samples", "iij-3q03-invented", "dataset.json")), Canonical(next));
    }

    [Fact]
    public void The_second_issuer_rolls_to_its_next_quarter_with_the_year_end_carried_and_flows_left_to_enter()
    {
        var next = Next("laurentian-2024q2", "laurentian");
        var q3 = Sample("laurentian-2024q3");

        Assert.Equal(q3["periods"]!.ToJsonString(), next["periods"]!.ToJsonString());
        Assert.Null(next["convenienceTranslation"]);
        var q2 = Sample("laurentian-2024q2");
        Assert.Equal(q2["facts"]!["bs.cash"]!["values"]!["FY2023"]!.ToJsonString(), next["facts"]!["bs.cash"]!["values"]!["FY2023"]!.ToJsonString());

        // A balance is needed at the quarter's end and the year end, never for the year to date: nothing there to enter.
        Assert.Equal(["Q3-2024", "FY2023"], next["facts"]!["bs.cash"]!["values"]!.AsObject().Select(v => v.Key));
        Assert.Equal(["Q3-2024", "Q3-2023", "9M-2024", "9M-2023"], next["facts"]!["is.revenue"]!["values"]!.AsObject().Select(v => v.Key));
        Assert.All(next["facts"]!["is.revenue"]!["values"]!.AsObject(), v => Assert.Null(v.Value));
    }

    [Fact]
    public void Across_the_year_end_the_fiscal_year_takes_its_flows_from_the_year_to_date_and_its_balances_from_the_last_quarter()
    {
        // Q3 2024 rolled to Q4, every value to enter given a figure of its own, then Q4 rolled to Q1 2025.
        var q4 = Next("laurentian-2024q3", "laurentian");
        var figure = 1;
        foreach (var (_, fact) in q4["facts"]!.AsObject())
        {
            foreach (var (period, value) in fact!["values"]!.AsObject().ToList())
            {
                fact["values"]![period] = value ?? figure++;
            }
        }

        q4["releaseDate"] = "2025-02-12";
        var q4Path = Path.Combine(folder, "q4.json");
        File.WriteAllText(q4Path, q4.ToJsonString());
        var output = Path.Combine(folder, "q1.json");
        Assert.Equal(0, Preparer.Next(q4Path, null, Path.Combine(Repo.Root, "templates", "laurentian"), output).ExitCode);
        var q1 = JsonNode.Parse(File.ReadAllText(output))!;

        Assert.Equal(["Q4-2024", "Q4-2023", "12M-2024", "12M-2023", "FY2023"], q4["periods"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["Q1-2025", "Q1-2024", "3M-2025", "3M-2024", "FY2024"], q1["periods"]!.AsObject().Select(p => p.Key));
        Assert.Equal((2025, 1, "2025-12-31"), ((int)q1["fiscalYear"]!["year"]!, (int)q1["quarter"]!, (string)q1["fiscalYear"]!["endDate"]!));
        Assert.Equal(("2025-01-01", "2025-03-31"), ((string)q1["periods"]!["3M-2025"]!["start"]!, (string)q1["periods"]!["3M-2025"]!["end"]!));

        // The balance sheet at the year end is the one of the quarter that ended on it.
        Assert.Equal((int)q4["facts"]!["bs.cash"]!["values"]!["Q4-2024"]!, (int)q1["facts"]!["bs.cash"]!["values"]!["FY2024"]!);
        Assert.Equal(["Q1-2025", "FY2024"], q1["facts"]!["bs.cash"]!["values"]!.AsObject().Select(v => v.Key));
        // A flow of the fiscal year is the year to date that spans it: copied too, though the pack prints no year's flows.
        Assert.Equal(["Q1-2025", "Q1-2024", "3M-2025", "3M-2024", "FY2024"], q1["facts"]!["is.revenue"]!["values"]!.AsObject().Select(v => v.Key));
        Assert.Equal((int)q4["facts"]!["is.revenue"]!["values"]!["12M-2024"]!, (int)q1["facts"]!["is.revenue"]!["values"]!["FY2024"]!);
        Assert.Null(q1["facts"]!["is.revenue"]!["values"]!["Q1-2025"]);
    }

    [Fact]
    public void The_rolled_dataset_builds_only_once_its_figures_are_entered_and_says_which_are_missing()
    {
        Next("iij-2q03", "iij");

        var result = TestRenderers.Run(new JobRequest(Path.Combine(folder, "next", "dataset.json"), Repo.Pack, Path.Combine(folder, "out"), null, ["xlsx"], new BuildOptions()));

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal(["RG1012", "RG1012", "RG1013", "RG1013"], result.Diagnostics.Select(d => d.Code));
        Assert.StartsWith("109 values of period '3Q03' (current) are still to be entered (null): so.dedicated_access,", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.EndsWith("and 101 more. Type them into the dataset, or use reportgen entry and reportgen import", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "out")));
    }

    [Fact]
    public void A_pack_that_does_not_place_its_roles_cannot_roll_and_says_why()
    {
        var pack = Path.Combine(folder, "pack");
        foreach (var file in Directory.GetFiles(Repo.Pack, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(pack, Path.GetRelativePath(Repo.Pack, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var manifest = Path.Combine(pack, "pack.yaml");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace(", span: quarter, offset: -1 }", " }", StringComparison.Ordinal));
        var output = Path.Combine(folder, "next.json");

        var result = Preparer.Next(Repo.SampleDataset, null, pack, output);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("RG6001", error.Code);
        Assert.Contains("period role 'previous' does not say where its period stands", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void The_command_needs_an_output_file_and_rejects_unknown_options()
    {
        Assert.Equal(64, Cli.Run("next", "samples/iij-2q03/dataset.json").Exit);
        Assert.Equal(64, Cli.Run("next", "samples/iij-2q03/dataset.json", "--out", Path.Combine(folder, "x.json"), "--colour", "red").Exit);

        var (exit, output, error) = Cli.Run("next", "samples/iij-2q03/dataset.json", "--out", Path.Combine(folder, "x.json"));
        Assert.True(exit == 0, error);
        Assert.Contains("3Q03 (current, 2003-10-01 to 2003-12-31): new; 109 values to enter", output, StringComparison.Ordinal);
    }
}
