using ReportGen.Preparation;
using Spectre.Console.Cli;

namespace ReportGen.Cli;

public sealed class NextCommand : Command<NextSettings>
{
    public override int Execute(CommandContext context, NextSettings settings, CancellationToken cancellationToken) =>
        Tool.Report(Preparer.Next(settings.Dataset, settings.YearAgo, Tool.Templates(settings.Templates, settings.Dataset), settings.Out!));
}
