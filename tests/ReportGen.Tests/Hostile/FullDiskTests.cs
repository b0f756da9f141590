using System.Diagnostics;

namespace ReportGen.Tests.Hostile;

/// <summary>
/// A disk that fills while the files are written, made without root: the command line runs under <c>ulimit -f</c> (a
/// limit on the size of any file it writes) with SIGXFSZ ignored, so the write that crosses it fails as on a full disk.
/// The run must report the file it could not write, exit 1, and leave the previous set and nothing else.
/// </summary>
public sealed class FullDiskTests(PreviousOutput previous) : IClassFixture<PreviousOutput>
{
    [UnixShellFact]
    public void A_disk_that_fills_while_writing_is_an_error_naming_the_file_and_the_previous_set_stands()
    {
        using var sandbox = Sandbox.Create(previous.Folder);
        var before = TreeSnapshot.Of(sandbox.Root);
        var cli = Path.Combine(AppContext.BaseDirectory, "reportgen.dll");

        // 100 KB: more than the runtime needs, less than the bilingual PDF. W^X off: its double mapping would count too.
        var start = new ProcessStartInfo("/bin/bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repo.Root };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("trap '' XFSZ; ulimit -f 100; exec dotnet \"$0\" build \"$1\" --templates \"$2\" --out \"$3\"");
        foreach (var argument in new[] { cli, sandbox.Dataset, sandbox.Pack, sandbox.Out })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.True(process.ExitCode == 1, $"exit {process.ExitCode}: {error}{output.Result}");
        Assert.Matches(@"\.pdf: error RG5001: could not write .*\.pdf: the file is larger than the file system \(or a limit on file size\) allows; is the disk full\?", error);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        var differences = TreeSnapshot.Of(sandbox.Root).Differences(before);
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }
}
