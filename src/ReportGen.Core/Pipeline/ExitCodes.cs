namespace ReportGen.Pipeline;

/// <summary>What the process exit code tells a scheduler.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The dataset or template pack is malformed or inconsistent; nothing was written.</summary>
    public const int InvalidInput = 1;

    /// <summary>A relation, tie or footing of the tie-out failed; no release file was written.</summary>
    public const int TieOutFailed = 2;

    /// <summary>The command line itself was wrong.</summary>
    public const int Usage = 64;
}
