namespace ReportGen.Evaluation;

/// <summary>The release's rounding: half away from zero, so that a loss prints as the negative of the same gain.</summary>
internal static class Rounding
{
    /// <param name="decimals">Places after the point; a negative count rounds to tens (-1), hundreds (-2), …</param>
    public static decimal HalfUp(decimal value, int decimals = 0)
    {
        if (decimals >= 0)
        {
            return Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        }

        var step = 1m;
        for (var i = decimals; i < 0; i++)
        {
            step *= 10m;
        }

        return Math.Round(value / step, 0, MidpointRounding.AwayFromZero) * step;
    }
}
