using System.Collections.Concurrent;
using System.Globalization;
using ReportGen.Batch;
using ReportGen.Pipeline;
using Spectre.Console;

namespace ReportGen.Cli;

/// <summary>
/// Shows a batch: at a terminal, a progress line per running job and a table of every job at the end; in a log or a pipe,
/// one plain line per job as it ends. Each failed job's problems go to standard error, one per line, with their place.
/// </summary>
internal static class BatchTerminal
{
    public static int Run(BatchRequest request)
    {
        BatchResult result;
        if (AnsiConsole.Profile.Capabilities.Interactive && !System.Console.IsOutputRedirected)
        {
            result = AnsiConsole.Progress()
                .AutoClear(true)
                .HideCompleted(true)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .Start(context => BatchRun.Run(request, Renderers.All, new LiveProgress(context)));
            PrintTable(result);
        }
        else
        {
            result = BatchRun.Run(request, Renderers.All, new LogProgress());
        }

        Tool.Print(result.Diagnostics);
        if (result.Manifest is not null)
        {
            System.Console.Out.WriteLine($"Batch: {result.Counts}. Manifest: {result.Manifest}, {result.Checksums}");
        }
        else
        {
            System.Console.Error.WriteLine("The batch did not start; nothing was written.");
        }

        return result.ExitCode;
    }

    internal static string Status(BatchJobOutcome job) => job.Status switch
    {
        BatchStatus.Ok => job.Skipped ? "unchanged" : "ok",
        BatchStatus.TieOutFailed => "TIE-OUT FAILED",
        _ => "INVALID INPUT",
    };

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.00 s", CultureInfo.InvariantCulture);

    private static void PrintTable(BatchResult result)
    {
        var table = new Table().AddColumn("Job").AddColumn("Folder").AddColumn("Status").AddColumn(new TableColumn("Files").RightAligned()).AddColumn(new TableColumn("Time").RightAligned());
        foreach (var job in result.Jobs)
        {
            var status = Status(job);
            table.AddRow(
                Markup.Escape(job.Id),
                Markup.Escape(job.Folder ?? "-"),
                job.Status == BatchStatus.Ok ? status : $"[red]{status}[/]",
                job.Files.ToString(CultureInfo.InvariantCulture),
                Seconds(job.Elapsed));
        }

        AnsiConsole.Write(table);
        foreach (var job in result.Jobs.Where(j => j.Diagnostics.Count > 0))
        {
            Tool.Print(job.Diagnostics);
        }
    }

    /// <summary>One plain line per job as it ends, its problems after it on standard error: what a CI log wants.</summary>
    private sealed class LogProgress : IProgress<BatchEvent>
    {
        public void Report(BatchEvent value)
        {
            if (value.Outcome is not { } job)
            {
                return;
            }

            System.Console.Out.WriteLine($"{Status(job),-14} {job.Id}  {job.Folder ?? "-"}  {job.Files} files  {Seconds(job.Elapsed)}");
            Tool.Print(job.Diagnostics);
        }
    }

    /// <summary>A progress line per running job, with the stage it is at, and one for the batch.</summary>
    private sealed class LiveProgress(ProgressContext context) : IProgress<BatchEvent>
    {
        private readonly ConcurrentDictionary<string, ProgressTask> running = new(StringComparer.Ordinal);
        private readonly ProgressTask total = context.AddTask("Batch", maxValue: 1);
        private int done;

        public void Report(BatchEvent value)
        {
            if (value.Outcome is { } outcome)
            {
                if (running.TryRemove(value.Id, out var task))
                {
                    task.Value = task.MaxValue;
                    task.StopTask();
                }

                var count = Interlocked.Increment(ref done);
                total.MaxValue = Math.Max(1, value.Of);
                total.Value = count;
                total.Description = Markup.Escape($"Batch: {count} of {value.Of} done");
                return;
            }

            var line = running.GetOrAdd(value.Id, id => context.AddTask(Markup.Escape(id), maxValue: 1).IsIndeterminate());
            line.Description = Markup.Escape($"{value.Id}: {value.Stage}");
        }
    }
}
