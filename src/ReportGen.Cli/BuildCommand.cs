using Spectre.Console.Cli;

namespace ReportGen.Cli;

public sealed class BuildCommand : Command<BuildSettings>
{
    public override int Execute(CommandContext context, BuildSettings settings, CancellationToken cancellationToken)
    {
        var formats = settings.Format.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return Terminal.Run(() => Request.From(settings, formats.Length == 0 ? [""] : formats));
    }
}
