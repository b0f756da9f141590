namespace ReportGen.Model;

/// <summary>How a figure is displayed: its decimals, negatives in parentheses, and a % sign for percentages.</summary>
/// <param name="Percent">A percentage held as a percent number (−8.7 for (8.7%)).</param>
/// <param name="PercentSign">Print the % sign; the middle rows of a US-style statement print the bare number.</param>
public sealed record NumberStyle(int Decimals, bool Percent, bool PercentSign)
{
    public static NumberStyle Amount(int decimals) => new(decimals, false, false);

    public static NumberStyle Percentage(bool sign) => new(1, true, sign);
}
