namespace ReportGen.Batch;

/// <summary>How a job of a batch ended.</summary>
public enum BatchStatus
{
    /// <summary>Every check held and the files were written (or were already there, unchanged).</summary>
    Ok,

    /// <summary>A relation, tie or footing failed: the tie-out of the failure was written, no release file.</summary>
    TieOutFailed,

    /// <summary>The dataset, pack or a file name was bad: nothing was written for this job.</summary>
    InvalidInput,
}
