using System.Diagnostics;
using ReportGen.Batch;
using ReportGen.Pipeline;
using ReportGen.Tests.Hostile;

namespace ReportGen.Tests.Batch;

/// <summary>
/// A batch killed with SIGKILL at random moments and run again gives the same files, manifest and SHA256SUMS as a run
/// that was never interrupted, and leaves no temporary file or staging folder. Two kills by default; more with
/// <c>REPORTGEN_KILL_TRIES=30</c>.
/// </summary>
public sealed class BatchKillTests(Xunit.Abstractions.ITestOutputHelper log) : IDisposable
{
    private readonly string root = Repo.TempDir();

    private static int Tries =>
        int.TryParse(Environment.GetEnvironmentVariable("REPORTGEN_KILL_TRIES"), out var n) && n > 0 ? n : 2;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_batch_killed_at_any_moment_and_run_again_gives_the_files_of_an_uninterrupted_run_and_no_stray_temporary_file()
    {
        var datasets = GeneratedDatasets.Write(Path.Combine(root, "in"), 5);
        var reference = Path.Combine(root, "reference");
        var request = new BatchRequest(datasets, reference, null, Repo.Pack, ["xlsx"], 2, true, null, new BuildOptions());
        Assert.Equal(0, BatchRun.Run(request, TestRenderers.All).ExitCode);
        var expected = BatchFiles.Read(reference);
        Assert.Equal((5 * 7) + 2, expected.Count);

        // One whole run of the command line: how long a batch takes, and proof it makes what the in-process batch makes.
        var timed = Path.Combine(root, "timed");
        var stopwatch = Stopwatch.StartNew();
        Assert.Equal(0, KillAfter(datasets, timed, null, TimeSpan.FromMinutes(2)).Exit);
        stopwatch.Stop();
        Assert.Equal(expected, BatchFiles.Read(timed));

        var random = new Random(20261204);
        var outcomes = new List<string>();
        for (var attempt = 0; attempt < Tries; attempt++)
        {
            var work = Path.Combine(root, $"work{attempt}");

            // Killed twice in a row before the run that finishes: a killed run's leftovers meet another killed run.
            var kills = Enumerable.Range(0, 2).Select(_ => KillAfter(datasets, work, random, stopwatch.Elapsed)).ToList();
            var manifest = Path.Combine(work, "manifest.json");
            if (File.Exists(manifest))
            {
                // A manifest that is there describes the files beside it.
                BatchFiles.Verify(work);
            }

            var (exit, elapsed) = KillAfter(datasets, work, null, TimeSpan.FromMinutes(2));
            Assert.Equal(0, exit);
            Assert.Equal(expected, BatchFiles.Read(work));
            BatchFiles.Verify(work);
            BatchFiles.AssertTidy(work);
            outcomes.Add($"killed after {string.Join(" and ", kills.Select(k => $"{k.Elapsed.TotalMilliseconds:0} ms"))}, then {elapsed.TotalMilliseconds:0} ms to finish");
        }

        log.WriteLine($"a whole batch {stopwatch.ElapsedMilliseconds} ms; {string.Join("; ", outcomes)}");
    }

    /// <summary>Starts the command line and kills it between a tenth of a batch and a little past its end; no kill without <paramref name="random"/>.</summary>
    private static (int Exit, TimeSpan Elapsed) KillAfter(string datasets, string output, Random? random, TimeSpan whole)
    {
        var start = CliProcess.StartInfo(["batch", datasets, "--templates", Repo.Pack, "--out", output, "--format", "xlsx", "--zip", "--parallel", "2"]);

        // Where the in-process batch runs: the tie-outs name their inputs as given, relative to the working directory.
        start.WorkingDirectory = Directory.GetCurrentDirectory();
        using var process = Process.Start(start)!;
        var stopwatch = Stopwatch.StartNew();
        var outputs = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExit(random is null ? whole : TimeSpan.FromMilliseconds(whole.TotalMilliseconds * (0.1 + (random.NextDouble() * 1.0))));
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        _ = outputs.Result + errors.Result;
        return (exited ? process.ExitCode : -9, stopwatch.Elapsed);
    }
}
