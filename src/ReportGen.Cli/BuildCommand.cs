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
