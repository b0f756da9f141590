using System.Diagnostics;
using ReportGen.Pipeline;

namespace ReportGen.Tests.Hostile;

/// <summary>
/// A build killed with SIGKILL at random moments, over a folder holding the previous set: a reader sees the old set or
/// the new one, never a mix, and the next run removes what the killed one left and lands the new set. A few kills run in
/// every test run (a few seconds); <c>REPORTGEN_KILL_TRIES=50</c> runs more.
/// </summary>
public sealed class KillDuringWriteTests(Xunit.Abstractions.ITestOutputHelper log) : IDisposable
{
    private readonly string root = Repo.TempDir();

    private static int Tries =>
        int.TryParse(Environment.GetEnvironmentVariable("REPORTGEN_KILL_TRIES"), out var n) && n > 0 ? n : 2;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Theory]
    [InlineData("the same file names", "iij-2q03")]
    [InlineData("other file names", "iij-3q03-invented")]
    public void A_build_killed_at_any_moment_leaves_the_old_set_or_the_new_one_and_the_next_run_cleans_up(string what, string sample)
    {
        // The old set: the sample as of another date. The new set: the build the killed process was making.
        var dataset = Path.Combine(Repo.Root, "samples", sample, "dataset.json");
        var old = Path.Combine(root, "old");
        Build(Repo.SampleDataset, old, DateTimeOffset.FromUnixTimeSeconds(1_000_000_000));
        var expectedOld = OutputSet.Read(old);
        var reference = Path.Combine(root, "new");
        var newDate = DateTimeOffset.FromUnixTimeSeconds(1_100_000_000);
        Build(dataset, reference, newDate);
        var expectedNew = OutputSet.Read(reference);
        Assert.NotEqual(expectedOld, expectedNew);

        // One whole run of the command line: how long a build takes, and proof it makes what the in-process build makes.
        var timed = Path.Combine(root, "timed");
        var stopwatch = Stopwatch.StartNew();
        KillAfter(dataset, timed, newDate, null, TimeSpan.FromMinutes(2));
        stopwatch.Stop();
        Assert.Equal(expectedNew, OutputSet.Read(timed));

        var random = new Random(sample.Length * 7919);
        var outcomes = new List<string>();
        for (var attempt = 0; attempt < Tries; attempt++)
        {
            var work = Path.Combine(root, $"work{attempt}");
            Sandbox.CopyTree(old, work);
            var elapsed = KillAfter(dataset, work, newDate, random, stopwatch.Elapsed);

            var seen = OutputSet.Read(work, out var dangling);
            var outcome = Matches(seen, expectedOld) ? "old" : Matches(seen, expectedNew) ? "new" : null;
            Assert.True(outcome is not null, $"{what}, killed after {elapsed.TotalMilliseconds:0} ms: a mix of the old and new sets:\n{string.Join("\n", seen.Keys)}");

            // A name one set has and the other lacks may show, for a moment, as a link with nothing behind it.
            Assert.All(dangling, d => Assert.True(expectedOld.ContainsKey(d) != expectedNew.ContainsKey(d), $"{d} leads nowhere"));
            outcomes.Add($"{elapsed.TotalMilliseconds:0} ms: {outcome}");

            Build(dataset, work, newDate);
            Assert.Equal(expectedNew, OutputSet.Read(work));
            OutputSet.AssertTidy(work);
        }

        log.WriteLine($"{what}: a whole build {stopwatch.ElapsedMilliseconds} ms; killed after {string.Join(", ", outcomes)}");
    }

    private static bool Matches(SortedDictionary<string, string> seen, SortedDictionary<string, string> set) =>
        set.All(f => seen.GetValueOrDefault(f.Key) == f.Value) && seen.Keys.All(set.ContainsKey);

    /// <summary>Starts the command line and kills it between half a build and a little past its end (the writes come last); no kill without <paramref name="random"/>.</summary>
    private static TimeSpan KillAfter(string dataset, string output, DateTimeOffset created, Random? random, TimeSpan whole)
    {
        var start = CliProcess.StartInfo(
            ["build", dataset, "--templates", Repo.Pack, "--out", output, "--published", TestRenderers.Published(dataset) ?? Repo.SamplePublished],
            new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = created.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) });
        // An empty folder above nothing of the repository (a clone may sit under the temp folder): the tie-out then names
        // the inputs by the same full paths as the in-process build.
        var elsewhere = Repo.TempDir();
        start.WorkingDirectory = elsewhere;
        using var process = Process.Start(start)!;
        var stopwatch = Stopwatch.StartNew();
        process.WaitForExit(random is null ? whole : TimeSpan.FromMilliseconds(whole.TotalMilliseconds * (0.75 + (random.NextDouble() * 0.45))));
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        Directory.Delete(elsewhere, recursive: true);
        return stopwatch.Elapsed;
    }

    /// <summary>What the killed process would have made: the same request, run to the end in this process.</summary>
    private static void Build(string dataset, string output, DateTimeOffset created)
    {
        var request = new JobRequest(dataset, Repo.Pack, output, TestRenderers.Published(dataset) ?? Repo.SamplePublished, ["xlsx", "pdf"], new BuildOptions(created));
        var result = TestRenderers.Run(request);
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
    }
}
