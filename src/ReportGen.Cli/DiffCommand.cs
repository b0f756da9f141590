using ReportGen.Preparation;
using Spectre.Console.Cli;

namespace ReportGen.Cli;

public sealed class DiffCommand : Command<DiffSettings>
{
    public override int Execute(CommandContext context, DiffSettings settings, CancellationToken cancellationToken) =>
        Tool.Report(Preparer.Diff(settings.Old, settings.New, Tool.Templates(settings.Templates, settings.New), settings.Out).Result);
}
