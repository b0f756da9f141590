namespace ReportGen.Batch;

/// <summary>What a batch tells its progress display: a job started, reached a stage, or ended (with its outcome).</summary>
public sealed record BatchEvent(string Id, string Stage, BatchJobOutcome? Outcome = null)
{
    public bool Finished => Outcome is not null;

    /// <summary>How many jobs this run has (given with a job's end), so that a display can say how far it is.</summary>
    public int Of { get; init; }
}
