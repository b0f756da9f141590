using ReportGen.Diagnostics;
using ReportGen.Pipeline;
using ReportGen.TieOut;
using Spectre.Console;

namespace ReportGen.Cli;

/// <summary>Prints a job's outcome for a person at a terminal or reading a CI log.</summary>
internal static class Terminal
{
    /// <param name="makeRequest">Reads the command line and the environment; a problem there is a usage error (exit 64).</param>
    public static int Run(Func<JobRequest> makeRequest)
    {
        JobRequest request;
        try
        {
            request = makeRequest();
        }
        catch (ReportGenException exception)
        {
            Print(exception.Diagnostics);
            return ExitCodes.Usage;
        }

        // In a CI log or a pipe there is no terminal width: do not wrap or cut paths at 80 columns.
        if (System.Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 200;
        }

        // At a terminal, a spinner names the stage under way; in a log, only the outcome is printed.
        JobResult result;
        if (Environment.GetEnvironmentVariable("REPORTGEN_TIMINGS") == "1")
        {
            // Where a cold build's time goes (bench/cold-build.sh): each stage as it starts, in milliseconds since the process started.
            var started = System.Diagnostics.Process.GetCurrentProcess().StartTime;
            void Log(string stage) => System.Console.Error.WriteLine($"{(DateTime.Now - started).TotalMilliseconds,7:0} ms  {stage}");
            Log("command line read");
            result = ReleaseJob.Run(request, Renderers.All, new StageReporter(Log));
            Log("done");
        }
        else if (AnsiConsole.Profile.Capabilities.Interactive && !System.Console.IsOutputRedirected)
        {
            result = AnsiConsole.Status().Start("Starting", context => ReleaseJob.Run(request, Renderers.All, new StageReporter(stage => context.Status(Markup.Escape(stage)))));
        }
        else
        {
            result = ReleaseJob.Run(request, Renderers.All);
        }
        // Problems go to standard error, one per line, unwrapped: file:line:column first, as compilers print them.
        Print(result.Diagnostics);

        if (result.Report is { } report)
        {
            foreach (var line in TieOutWriter.Summary(report))
            {
                AnsiConsole.WriteLine(line);
            }
        }

        if (result.Written.Count > 0)
        {
            var table = new Table().AddColumn("Wrote").AddColumn(new TableColumn("Bytes").RightAligned());
            foreach (var path in result.Written)
            {
                table.AddRow(Markup.Escape(path), Size(path).ToString("#,##0", System.Globalization.CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
        }
        else if (result.ExitCode != ExitCodes.Success)
        {
            System.Console.Error.WriteLine(result.TieOutFiles.Count > 0
                ? $"No release file was written; the previous ones, if any, are untouched. The tie-out of the failure: {string.Join(", ", result.TieOutFiles)}"
                : "Nothing was written; the previous output, if any, is untouched.");
        }

        return result.ExitCode;
    }

    private static void Print(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            System.Console.Error.WriteLine($"{diagnostic.Location?.ToString() ?? "reportgen"}: error {diagnostic.Code}: {diagnostic.Message}");
        }
    }

    /// <summary>The size of an output file: each is a link into the current set, so the size is its target's.</summary>
    private static long Size(string path)
    {
        var info = new FileInfo(path);
        return (info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info).Length;
    }
}
