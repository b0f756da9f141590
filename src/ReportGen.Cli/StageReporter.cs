namespace ReportGen.Cli;

/// <summary>Reports stages synchronously, on the job's own thread (<see cref="Progress{T}"/> would post them later).</summary>
internal sealed class StageReporter(Action<string> report) : IProgress<string>
{
    public void Report(string value) => report(value);
}
