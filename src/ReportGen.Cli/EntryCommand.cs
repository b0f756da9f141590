using ReportGen.Excel;
using ReportGen.Preparation;
using Spectre.Console.Cli;

namespace ReportGen.Cli;

public sealed class EntryCommand : Command<EntrySettings>
{
    public override int Execute(CommandContext context, EntrySettings settings, CancellationToken cancellationToken) =>
        Tool.Report(Preparer.Entry(settings.Dataset, Tool.Templates(settings.Templates, settings.Dataset), settings.Out!, EntryWorkbookWriter.Write));
}
