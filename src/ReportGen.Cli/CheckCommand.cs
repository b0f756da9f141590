using Spectre.Console.Cli;

namespace ReportGen.Cli;

public sealed class CheckCommand : Command<CheckSettings>
{
    public override int Execute(CommandContext context, CheckSettings settings, CancellationToken cancellationToken) =>
        Terminal.Run(() => Request.From(settings, []));
}
