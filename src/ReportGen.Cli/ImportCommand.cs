using ReportGen.Excel;
using ReportGen.Preparation;
using Spectre.Console.Cli;

namespace ReportGen.Cli;

public sealed class ImportCommand : Command<ImportSettings>
{
    public override int Execute(CommandContext context, ImportSettings settings, CancellationToken cancellationToken) =>
        Tool.Report(Preparer.Import(settings.Workbook, Tool.Templates(settings.Templates), settings.Out!, EntryWorkbookReader.Read));
}
