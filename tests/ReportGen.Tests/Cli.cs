using System.Diagnostics;

namespace ReportGen.Tests;

/// <summary>Runs the command line as a scheduler or a person does: a process in the repository's root.</summary>
internal static class Cli
{
    public static (int Exit, string Out, string Error) Run(params string[] arguments)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "reportgen.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repo.Root };
        start.ArgumentList.Add(cli);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }
}
