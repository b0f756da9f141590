using ReportGen.Diagnostics;
using ReportGen.Pipeline;

namespace ReportGen.Cli;

/// <summary>What the preparer's commands share: default paths, and problems printed one per line with their place.</summary>
internal static class Tool
{
    public static string Templates(string? templates) => Relative(templates ?? Path.Combine(Defaults.Root(), Defaults.Templates));

    /// <summary>The pack for a dataset: the one chosen on the command line, else the one the dataset names, else the default.</summary>
    public static string Templates(string? templates, string dataset) => Relative(ReleasePipeline.ChoosePack(templates, dataset, Path.Combine(Defaults.Root(), Defaults.Templates)));

    /// <summary>A path as the user gave it, relative to the working directory where it lies below it; an empty path stays empty (the job reports it as a file not found).</summary>
    public static string Relative(string path)
    {
        if (path.Length == 0)
        {
            return path;
        }

        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    /// <summary>Runs a command; a problem with its inputs is printed where it is, as compilers print them, never as a stack trace.</summary>
    public static int Run(Func<int> command)
    {
        try
        {
            return command();
        }
        catch (ReportGenException exception)
        {
            Print(exception.Diagnostics);
            return ExitCodes.InvalidInput;
        }
    }

    /// <summary>Prints what a preparer's command did: its problems on standard error, what it wrote and what is left on standard output.</summary>
    public static int Report(Preparation.ToolResult result)
    {
        Print(result.Diagnostics);
        foreach (var line in result.Summary)
        {
            System.Console.Out.WriteLine(line);
        }

        if (result.ExitCode != ExitCodes.Success && result.Written.Count == 0)
        {
            System.Console.Error.WriteLine("Nothing was written.");
        }

        return result.ExitCode;
    }

    public static void Print(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            System.Console.Error.WriteLine($"{diagnostic.Location?.ToString() ?? "reportgen"}: error {diagnostic.Code}: {diagnostic.Message}");
        }
    }
}
