namespace ReportGen.Batch;

/// <summary>What a batch tells its progress display: a job started, reached a stage, or ended (with its outcome).</summary>
public sealed record BatchEvent(string Id, string Stage, BatchJobOutcome? Outcome = null)
{
    public bool Finished => Outcome is not null;
}
