using System.Diagnostics;
using ReportGen.Tests.Hostile;

namespace ReportGen.Tests.Batch;

/// <summary>The batch as a scheduler runs it: the command line's exit codes, counts, log lines, and what sha256sum says of its files.</summary>
public sealed class BatchCommandTests : IDisposable
{
    private readonly string root = Repo.TempDir();

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_batch_prints_a_line_per_job_and_the_counts_exits_1_for_a_bad_input_and_sha256sum_accepts_its_checksums()
    {
        var datasets = GeneratedDatasets.Write(Path.Combine(root, "in"), 3, malformed: 2);
        var output = Path.Combine(root, "out");

        var (exit, stdout, stderr) = CliProcess.Run(["batch", datasets, "--out", output, "--format", "xlsx", "--parallel", "2"]);

        Assert.True(exit == 1, stdout + stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Count(l => l.StartsWith("ok ", StringComparison.Ordinal)));
        Assert.Single(lines, l => l.StartsWith("INVALID INPUT  d0002/dataset.json", StringComparison.Ordinal));
        Assert.Contains("Batch: 3 jobs: 2 ok (0 unchanged, skipped), 0 tie-out failed, 1 invalid input.", stdout, StringComparison.Ordinal);
        Assert.Contains("d0002/dataset.json:", stderr, StringComparison.Ordinal);
        Assert.Contains("error RG1002", stderr, StringComparison.Ordinal);

        var check = Process.Start(new ProcessStartInfo("sha256sum", "--strict -c SHA256SUMS") { WorkingDirectory = output, RedirectStandardOutput = true })!;
        var checkedLines = check.StandardOutput.ReadToEnd();
        check.WaitForExit();
        Assert.True(check.ExitCode == 0, checkedLines);
        Assert.Equal((2 * 6) + 1, checkedLines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.EndsWith(": OK", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_fresh_process_builds_two_issuers_packs_at_once()
    {
        // In a fresh process two packs read on two threads met .NET's NullabilityInfoContext cold, whose caches are not
        // thread-safe: one pack failed to read, at random, most runs. A warm test process cannot show it.
        var output = Path.Combine(root, "out");

        var (exit, stdout, stderr) = CliProcess.Run(["batch", Path.Combine(Repo.Root, "samples"), "--out", output, "--format", "xlsx", "--parallel", "2"]);

        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("Batch: 4 jobs: 4 ok", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Shards_run_by_index_and_merge_manifests_combines_them()
    {
        var datasets = GeneratedDatasets.Write(Path.Combine(root, "in"), 2);
        var output = Path.Combine(root, "out");
        Assert.Equal(0, CliProcess.Run(["batch", datasets, "--out", output, "--format", "xlsx", "--shard", "0/2"]).Exit);
        Assert.Equal(0, CliProcess.Run(["batch", datasets, "--out", output, "--format", "xlsx", "--shard", "1/2"]).Exit);

        var (exit, stdout, stderr) = CliProcess.Run(["merge-manifests", Path.Combine(output, "manifest-0-of-2.json"), Path.Combine(output, "manifest-1-of-2.json"), "--out", Path.Combine(output, "manifest.json")]);

        Assert.True(exit == 0, stdout + stderr);
        Assert.Equal((2 * 6) + 1, BatchFiles.Verify(output));
    }

    [Theory]
    [InlineData("--shard", "2/2")]
    [InlineData("--parallel", "0")]
    [InlineData("--paralel", "2")]
    public void A_wrong_option_is_a_usage_error(string option, string value)
    {
        var (exit, _, stderr) = CliProcess.Run(["batch", Path.Combine(Repo.Root, "samples"), "--out", Path.Combine(root, "out"), option, value]);
        Assert.True(exit == 64, stderr);
        Assert.False(Directory.Exists(Path.Combine(root, "out")));
    }

    [Fact]
    public void The_version_is_the_tools_with_its_commit()
    {
        var (exit, stdout, _) = CliProcess.Run(["--version"]);
        Assert.Equal(0, exit);
        Assert.Equal(TieOut.ToolVersion.Text, stdout.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+(\+[0-9a-f]{12})?$", stdout.Trim());
    }
}
