namespace ReportGen.Documents;

/// <summary>How a figure is displayed: its decimals, and for a percentage whether it prints its % sign.</summary>
/// <param name="Percent">A percentage held as a percent number (−8.7 for (8.7%)).</param>
/// <param name="PercentSign">Print the % sign; the middle rows of a US-style statement print the bare number.</param>
public sealed record NumberStyle(int Decimals, bool Percent, bool PercentSign)
{
    public static NumberStyle Amount(int decimals) => new(decimals, false, false);

    public static NumberStyle Percentage(int decimals, bool sign) => new(decimals, true, sign);
}
