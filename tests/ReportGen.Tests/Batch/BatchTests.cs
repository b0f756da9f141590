using System.Text.Json;
using ReportGen.Batch;
using ReportGen.Pipeline;
using ReportGen.Tests.Hostile;

namespace ReportGen.Tests.Batch;

/// <summary>
/// Many releases in one run: each job isolated in its own folder, the manifest and SHA256SUMS describe exactly the files
/// there, a re-run skips what is unchanged and intact and rebuilds what is not, shards merge into the whole batch's manifest.
/// Workbooks only, to keep the suite fast: what a job writes is <see cref="ReleaseJob"/>'s, tested on its own elsewhere.
/// </summary>
public sealed class BatchTests : IDisposable
{
    private static readonly string[] Xlsx = ["xlsx"];
    private readonly string root = Repo.TempDir();

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static BatchRequest Request(string source, string output, BatchShard? shard = null, bool zip = false, IReadOnlyList<string>? formats = null) =>
        new(source, output, null, Repo.Pack, formats ?? Xlsx, 2, zip, shard, new BuildOptions());

    private static BatchResult Run(BatchRequest request) => BatchRun.Run(request, TestRenderers.All);

    [Fact]
    public void One_malformed_dataset_among_twenty_fails_alone_with_its_located_error_and_the_others_land()
    {
        var datasets = GeneratedDatasets.Write(Path.Combine(root, "in"), 20, malformed: 7);
        var output = Path.Combine(root, "out");

        var result = Run(Request(datasets, output));

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal((19, 0, 1), (result.Succeeded, result.TieOutFailed, result.InvalidInput));
        Assert.Equal("20 jobs: 19 ok (0 unchanged, skipped), 0 tie-out failed, 1 invalid input", result.Counts);
        var failed = Assert.Single(result.Jobs, j => j.Status != BatchStatus.Ok);
        Assert.Equal("d0007/dataset.json", failed.Id);
        var error = Assert.Single(failed.Diagnostics);
        Assert.Equal("RG1002", error.Code);
        Assert.EndsWith(Path.Combine("d0007", "dataset.json"), error.Location!.File, StringComparison.Ordinal);
        Assert.NotNull(error.Location.Line);
        Assert.Contains("so.dedicated_access", error.Location.Path, StringComparison.Ordinal);

        Assert.Equal(Enumerable.Range(0, 20).Where(i => i != 7).Select(i => $"iij{i:0000}-2q03"), Directory.GetDirectories(output).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).Order(StringComparer.Ordinal));
        Assert.Equal((19 * 6) + 1, BatchFiles.Verify(output));

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "manifest.json")));
        var jobs = manifest.RootElement.GetProperty("jobs").EnumerateArray().ToList();
        Assert.Equal(20, jobs.Count);
        var bad = jobs.Single(j => j.GetProperty("id").GetString() == "d0007/dataset.json");
        Assert.Equal("invalid input", bad.GetProperty("status").GetString());
        Assert.Equal("RG1002", bad.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        Assert.Equal(0, bad.GetProperty("files").GetArrayLength());
        var good = jobs[0];
        Assert.Equal(["dataset", "prose", "prose"], good.GetProperty("inputs").EnumerateArray().Select(i => i.GetProperty("role").GetString()));
        Assert.Equal("IIJ quarterly earnings release", good.GetProperty("pack").GetProperty("name").GetString());
        Assert.Equal(TieOut.ToolVersion.Text, good.GetProperty("tool").GetString());
        Assert.True(good.GetProperty("tieOut").GetProperty("passed").GetBoolean());
    }

    [Fact]
    public void A_folder_of_two_issuers_builds_each_dataset_with_the_pack_it_names_and_templates_overrides_them()
    {
        var samples = Path.Combine(root, "samples");
        Sandbox.CopyTree(Path.Combine(Repo.Root, "samples"), samples);
        Sandbox.CopyTree(Path.Combine(Repo.Root, "templates"), Path.Combine(root, "templates"));
        Sandbox.CopyTree(Path.Combine(Repo.Root, "schema"), Path.Combine(root, "schema"));
        var output = Path.Combine(root, "out");

        var result = Run(Request(samples, output) with { DefaultTemplates = Path.Combine(root, "templates", "iij") });

        Assert.True(result.ExitCode == 0, string.Join("\n", result.Jobs.SelectMany(j => j.Diagnostics)));
        Assert.Equal(["iij-2q03", "iij-3q03", "laurentian-2024q2", "laurentian-2024q3"], result.Jobs.Select(j => j.Folder).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(output, "laurentian-2024q3", "laurentian-2024t3-fr.xlsx")));
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "manifest.json")));
        Assert.Equal(
            ["../templates/iij", "../templates/iij", "../templates/laurentian", "../templates/laurentian"],
            manifest.RootElement.GetProperty("jobs").EnumerateArray().Select(j => j.GetProperty("pack").GetProperty("path").GetString()));
        BatchFiles.Verify(output);

        // --templates is the one pack of every job: the Laurentian datasets do not fit the IIJ pack, and say so.
        var forced = Run(Request(samples, Path.Combine(root, "forced")) with { Templates = Path.Combine(root, "templates", "iij") });
        Assert.Equal((2, 2), (forced.Succeeded, forced.InvalidInput));
        Assert.All(forced.Jobs.Where(j => j.Status == BatchStatus.InvalidInput), j => Assert.Contains(j.Diagnostics, d => d.Code == "RG3002"));
    }

    [Fact]
    public void A_job_whose_relation_fails_is_a_tie_out_failure_with_its_tie_out_written_and_exit_2()
    {
        var datasets = GeneratedDatasets.Write(Path.Combine(root, "in"), 3, broken: 1);
        var output = Path.Combine(root, "out");

        var result = Run(Request(datasets, output));

        Assert.Equal(ExitCodes.TieOutFailed, result.ExitCode);
        Assert.Equal((2, 1, 0), (result.Succeeded, result.TieOutFailed, result.InvalidInput));
        var failed = result.Jobs.Single(j => j.Status == BatchStatus.TieOutFailed);
        Assert.Equal("iij0001-2q03", failed.Folder);
        Assert.Contains(failed.Diagnostics, d => d.Code.StartsWith("RG4", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(output, "iij0001-2q03", "iij0001-2q03-tieout-failed.md")));
        Assert.False(File.Exists(Path.Combine(output, "iij0001-2q03", "iij0001-2q03-en.xlsx")));
        BatchFiles.Verify(output);
    }

    [Fact]
    public void A_re_run_skips_unchanged_intact_jobs_rebuilds_changed_or_damaged_ones_and_writes_the_same_manifest()
    {
        var datasets = GeneratedDatasets.Write(Path.Combine(root, "in"), 3);
        var output = Path.Combine(root, "out");
        Assert.Equal(0, Run(Request(datasets, output, zip: true)).ExitCode);
        var manifest = File.ReadAllBytes(Path.Combine(output, "manifest.json"));
        var files = BatchFiles.Read(output);

        var again = Run(Request(datasets, output, zip: true));
        Assert.Equal(3, again.Skipped);
        Assert.Equal(manifest, File.ReadAllBytes(Path.Combine(output, "manifest.json")));
        Assert.Equal(files, BatchFiles.Read(output));

        // A file damaged behind the link, and a dataset changed: those two jobs are built again, the third is kept.
        var current = new FileInfo(Path.Combine(output, "iij0000-2q03", "iij0000-2q03-en.xlsx")).ResolveLinkTarget(true)!.FullName;
        File.WriteAllText(current, "damaged");
        var changed = Path.Combine(datasets, "d0002", "dataset.json");
        File.WriteAllText(changed, File.ReadAllText(changed).Replace("\"Nasdaq\"", "\"NASDAQ\"", StringComparison.Ordinal));

        var third = Run(Request(datasets, output, zip: true));
        Assert.Equal(0, third.ExitCode);
        Assert.Equal(["d0001/dataset.json"], third.Jobs.Where(j => j.Skipped).Select(j => j.Id));
        var now = BatchFiles.Read(output);
        Assert.Equal(files["iij0000-2q03/iij0000-2q03-en.xlsx"], now["iij0000-2q03/iij0000-2q03-en.xlsx"]);
        Assert.NotEqual(files["manifest.json"], now["manifest.json"]);
        Assert.Equal((3 * 7) + 1, BatchFiles.Verify(output));
        BatchFiles.AssertTidy(output);
    }

    [Fact]
    public void Zips_and_manifests_are_byte_for_byte_the_same_from_two_runs_and_the_jobs_files_are_those_of_single_builds()
    {
        var datasets = GeneratedDatasets.Write(Path.Combine(root, "in"), 2);
        var first = Path.Combine(root, "first");
        var second = Path.Combine(root, "second");
        Assert.Equal(0, Run(Request(datasets, first, zip: true)).ExitCode);
        Assert.Equal(0, Run(Request(datasets, second, zip: true) with { Parallel = 1 }).ExitCode);
        Assert.Equal(BatchFiles.Read(first), BatchFiles.Read(second));

        var single = Path.Combine(root, "single");
        Assert.Equal(0, TestRenderers.Run(new JobRequest(Path.Combine(datasets, "d0001", "dataset.json"), Repo.Pack, single, null, Xlsx, new BuildOptions())).ExitCode);
        foreach (var file in Directory.GetFiles(single))
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(first, "iij0001-2q03", Path.GetFileName(file))));
        }

        using var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(first, "iij0001-2q03.zip"));
        Assert.Equal(zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal), zip.Entries.Select(e => e.FullName));
        Assert.Contains("iij0001-2q03/manifest.json", zip.Entries.Select(e => e.FullName));
        Assert.All(zip.Entries, e => Assert.Equal(1980, e.LastWriteTime.Year));
    }

    [Fact]
    public void Shards_take_every_nth_job_and_their_merged_manifest_is_the_whole_batchs()
    {
        var datasets = GeneratedDatasets.Write(Path.Combine(root, "in"), 5);
        var whole = Path.Combine(root, "whole");
        Assert.Equal(0, Run(Request(datasets, whole)).ExitCode);
        var sharded = Path.Combine(root, "sharded");
        var first = Run(Request(datasets, sharded, BatchShard.Parse("0/2")));
        var second = Run(Request(datasets, sharded, BatchShard.Parse("1/2")));
        Assert.Equal(["d0000/dataset.json", "d0002/dataset.json", "d0004/dataset.json"], first.Jobs.Select(j => j.Id));
        Assert.Equal(["d0001/dataset.json", "d0003/dataset.json"], second.Jobs.Select(j => j.Id));
        Assert.True(File.Exists(Path.Combine(sharded, "manifest-0-of-2.json")));
        BatchFiles.Verify(sharded, "SHA256SUMS-1-of-2");

        var (exit, diagnostics, _) = ManifestMerge.Merge([Path.Combine(sharded, "manifest-0-of-2.json"), Path.Combine(sharded, "manifest-1-of-2.json")], Path.Combine(sharded, "manifest.json"), new BuildOptions());
        Assert.True(exit == 0, string.Join("\n", diagnostics));
        Assert.Equal(File.ReadAllBytes(Path.Combine(whole, "manifest.json")), File.ReadAllBytes(Path.Combine(sharded, "manifest.json")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(whole, "SHA256SUMS")), File.ReadAllBytes(Path.Combine(sharded, "SHA256SUMS")));
        BatchFiles.Verify(sharded);
    }

    [Theory]
    [InlineData("1/1")]
    [InlineData("2/2")]
    [InlineData("-1/2")]
    [InlineData("0/0")]
    [InlineData("1")]
    [InlineData("a/b")]
    public void A_shard_that_is_not_I_of_N_is_refused(string shard) =>
        Assert.Equal("RG7003", Assert.Throws<Diagnostics.ReportGenException>(() => BatchShard.Parse(shard)).Diagnostics[0].Code);

    [Fact]
    public void A_manifest_names_jobs_packs_formats_and_output_folders_and_two_datasets_with_one_job_name_do_not_share_a_folder()
    {
        var datasets = GeneratedDatasets.Write(Path.Combine(root, "in"), 2);
        File.WriteAllText(Path.Combine(root, "batch.yaml"), $"""
            templates: {Repo.Pack}
            formats: [xlsx]
            jobs:
              - dataset: in/d0000/dataset.json
                output: first
              - dataset: in/d0000/dataset.json
                output: second
                formats: xlsx
              - dataset: in/d0001/dataset.json
            """);
        var output = Path.Combine(root, "out");
        var result = BatchRun.Run(Request(Path.Combine(root, "batch.yaml"), output, formats: null) with { Formats = null }, TestRenderers.All);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["first", "in/d0001/dataset.json", "second"], result.Jobs.Select(j => j.Id));
        Assert.Equal(["first", "iij0001-2q03", "second"], result.Jobs.Select(j => j.Folder));
        Assert.Equal(File.ReadAllBytes(Path.Combine(output, "first", "iij0000-2q03-en.xlsx")), File.ReadAllBytes(Path.Combine(output, "second", "iij0000-2q03-en.xlsx")));

        // The same dataset twice in a folder: one job takes the folder, the other fails alone, saying why.
        var twice = Path.Combine(root, "twice");
        Sandbox.CopyTree(Path.Combine(datasets, "d0000"), Path.Combine(twice, "a"));
        Sandbox.CopyTree(Path.Combine(datasets, "d0000"), Path.Combine(twice, "b"));
        var clash = Run(Request(twice, Path.Combine(root, "clash")) with { Parallel = 1 });
        Assert.Equal((1, 1), (clash.Succeeded, clash.InvalidInput));
        Assert.Equal("RG7002", clash.Jobs.Single(j => j.Status == BatchStatus.InvalidInput).Diagnostics.Single().Code);
    }

    [Fact]
    public void A_manifest_with_mistakes_is_reported_at_each_and_runs_nothing()
    {
        var path = Path.Combine(root, "batch.yaml");
        File.WriteAllText(path, """
            jobs:
              - dataset: a/dataset.json
                ouput: x
              - pack: templates/iij
              - dataset: b/dataset.json
                output: manifest
            """);
        var output = Path.Combine(root, "out");
        var result = Run(Request(path, output));
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Empty(result.Jobs);
        Assert.Equal(["RG7001 3:5", "RG7001 4:5", "RG7001 6:13"], result.Diagnostics.Select(d => $"{d.Code} {d.Location!.Line}:{d.Location.Column}"));
        Assert.False(Directory.Exists(output));
    }
}
