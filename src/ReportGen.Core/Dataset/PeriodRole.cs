namespace ReportGen.Dataset;

/// <summary>What a period is to the quarter being released.</summary>
public enum PeriodRole
{
    /// <summary>The quarter being released.</summary>
    Current,

    /// <summary>The same quarter of the previous fiscal year (year-on-year comparative).</summary>
    YearAgo,

    /// <summary>The quarter before (quarter-on-quarter comparative).</summary>
    Previous,
}

public static class PeriodRoleNames
{
    public static string Name(this PeriodRole role) => role switch
    {
        PeriodRole.Current => "current",
        PeriodRole.YearAgo => "yearAgo",
        _ => "previous",
    };

    public static bool TryParse(string? name, out PeriodRole role)
    {
        foreach (var candidate in Enum.GetValues<PeriodRole>())
        {
            if (candidate.Name() == name)
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }
}
