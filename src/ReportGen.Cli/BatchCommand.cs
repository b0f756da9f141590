using ReportGen.Batch;
using ReportGen.Diagnostics;
using ReportGen.Pipeline;
using Spectre.Console.Cli;

namespace ReportGen.Cli;

public sealed class BatchCommand : Command<BatchSettings>
{
    public override int Execute(CommandContext context, BatchSettings settings, CancellationToken cancellationToken)
    {
        BatchRequest request;
        try
        {
            if (settings.Parallel is < 1 or > 256)
            {
                throw new ReportGenException(new Diagnostic("RG0064", Severity.Error, $"--parallel {settings.Parallel} is not a number of jobs from 1 to 256", new SourceLocation("--parallel")));
            }

            var formats = settings.Format?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            request = new BatchRequest(
                settings.Source,
                settings.Out ?? Path.Combine(Tool.Relative(Defaults.OutputFolder()), "batch"),
                settings.Templates is null ? null : Tool.Relative(settings.Templates),
                Tool.Templates(null),
                formats is { Length: > 0 } ? formats : null,
                settings.Parallel ?? Environment.ProcessorCount,
                settings.Zip,
                settings.Shard is null ? null : BatchShard.Parse(settings.Shard),
                BuildOptions.FromEnvironment());
        }
        catch (ReportGenException exception)
        {
            Tool.Print(exception.Diagnostics);
            return ExitCodes.Usage;
        }

        return BatchTerminal.Run(request);
    }
}
