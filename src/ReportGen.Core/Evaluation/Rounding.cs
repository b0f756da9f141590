namespace ReportGen.Evaluation;

/// <summary>The release's rounding: half away from zero, so that a loss prints as the negative of the same gain.</summary>
internal static class Rounding
{
    public static decimal HalfUp(decimal value, int decimals = 0) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
