using ReportGen.Pipeline;
using ReportGen.TieOut;
using Spectre.Console;

namespace ReportGen.Cli;

/// <summary>Prints a job's outcome for a person at a terminal or reading a CI log.</summary>
internal static class Terminal
{
    public static int Run(JobRequest request)
    {
        // In a CI log or a pipe there is no terminal width: do not wrap or cut paths at 80 columns.
        if (System.Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 200;
        }

        // At a terminal, a spinner names the stage under way; in a log, only the outcome is printed.
        JobResult result;
        if (AnsiConsole.Profile.Capabilities.Interactive && !System.Console.IsOutputRedirected)
        {
            result = AnsiConsole.Status().Start("Starting", context => ReleaseJob.Run(request, Renderers.All, new StageReporter(stage => context.Status(Markup.Escape(stage)))));
        }
        else
        {
            result = ReleaseJob.Run(request, Renderers.All);
        }
        // Problems go to standard error, one per line, unwrapped: file:line:column first, as compilers print them.
        foreach (var diagnostic in result.Diagnostics)
        {
            System.Console.Error.WriteLine($"{diagnostic.Location?.ToString() ?? "reportgen"}: error {diagnostic.Code}: {diagnostic.Message}");
        }

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
                table.AddRow(Markup.Escape(path), new FileInfo(path).Length.ToString("#,##0", System.Globalization.CultureInfo.InvariantCulture));
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
}
