using ReportGen.Batch;
using ReportGen.Diagnostics;
using ReportGen.Pipeline;
using Spectre.Console.Cli;

namespace ReportGen.Cli;

public sealed class MergeManifestsCommand : Command<MergeManifestsSettings>
{
    public override int Execute(CommandContext context, MergeManifestsSettings settings, CancellationToken cancellationToken)
    {
        BuildOptions options;
        try
        {
            options = BuildOptions.FromEnvironment();
        }
        catch (ReportGenException exception)
        {
            Tool.Print(exception.Diagnostics);
            return ExitCodes.Usage;
        }

        var output = settings.Out ?? Path.Combine(Path.GetDirectoryName(settings.Manifests[0]) ?? "", BatchRun.ManifestName + ".json");
        var (exit, diagnostics, written) = ManifestMerge.Merge(settings.Manifests, output, options);
        Tool.Print(diagnostics);
        foreach (var file in written)
        {
            System.Console.Out.WriteLine($"Wrote {file}");
        }

        if (exit != ExitCodes.Success)
        {
            System.Console.Error.WriteLine("Nothing was written.");
        }

        return exit;
    }
}
