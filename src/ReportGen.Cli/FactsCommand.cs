using ReportGen.Pipeline;
using ReportGen.Preparation;
using Spectre.Console.Cli;

namespace ReportGen.Cli;

public sealed class FactsCommand : Command<FactsSettings>
{
    public override int Execute(CommandContext context, FactsSettings settings, CancellationToken cancellationToken) =>
        Tool.Run(() =>
        {
            var pack = ReleasePipeline.LoadPack(Tool.Templates(settings.Templates));
            var facts = FactCatalogue.Of(pack);
            if (settings.Json)
            {
                using var stdout = System.Console.OpenStandardOutput();
                stdout.Write(FactCatalogue.Json(pack, facts));
                stdout.WriteByte((byte)'\n');
            }
            else
            {
                System.Console.Out.Write(FactCatalogue.Text(pack, facts));
            }

            return ExitCodes.Success;
        });
}
