using ReportGen.Building;
using ReportGen.TieOut;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReportGen.Cli;

public sealed class BuildCommand : Command<BuildSettings>
{
    public override int Execute(CommandContext context, BuildSettings settings, CancellationToken cancellationToken)
    {
        var formats = settings.Format.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = formats.Where(f => f is not ("xlsx" or "pdf")).ToList();
        if (unknown.Count > 0 || formats.Length == 0)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error[/]: --format takes xlsx, pdf or both (got '{settings.Format}')");
            return ExitCodes.Usage;
        }

        return Terminal.Run(Request.From(settings, renderRelease: true, xlsx: formats.Contains("xlsx"), pdf: formats.Contains("pdf")));
    }
}

public sealed class CheckCommand : Command<CheckSettings>
{
    public override int Execute(CommandContext context, CheckSettings settings, CancellationToken cancellationToken) =>
        Terminal.Run(Request.From(settings, renderRelease: false, xlsx: false, pdf: false));
}

internal static class Request
{
    public static JobRequest From(CommonSettings settings, bool renderRelease, bool xlsx, bool pdf)
    {
        var root = Defaults.Root();
        var dataset = settings.Dataset ?? Path.Combine(root, Defaults.SampleDataset);
        var published = settings.Published;
        if (published is null)
        {
            // By convention a release's published figures sit beside its dataset.
            var beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dataset)) ?? ".", "published-en.tsv");
            published = File.Exists(beside) ? beside : null;
        }

        return new JobRequest(
            Relative(dataset),
            Relative(settings.Templates ?? Path.Combine(root, Defaults.Templates)),
            settings.Out ?? Path.Combine(root, Defaults.Output),
            published is null ? null : Relative(published),
            xlsx,
            pdf,
            renderRelease,
            BuildOptions.FromEnvironment());
    }

    private static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}

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
            result = AnsiConsole.Status().Start("Starting", context => Job.Run(request, new StageReporter(stage => context.Status(Markup.Escape(stage)))));
        }
        else
        {
            result = Job.Run(request);
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
            System.Console.Error.WriteLine("Nothing was written; the previous output, if any, is untouched.");
        }

        return result.ExitCode;
    }
}

/// <summary>Reports stages synchronously, on the job's own thread (<see cref="Progress{T}"/> would post them later).</summary>
internal sealed class StageReporter(Action<string> report) : IProgress<string>
{
    public void Report(string value) => report(value);
}
