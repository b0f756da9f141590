namespace ReportGen.Binding;

/// <summary>
/// A quarter of a fiscal year of four quarters of three calendar months each: its number, its fiscal year and its first
/// day. Quarters before and after it, and the start of its fiscal year, follow by calendar months.
/// </summary>
public sealed record FiscalQuarter(int FiscalYear, int Quarter, DateOnly Start)
{
    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    /// <summary>The first day of the quarter's fiscal year.</summary>
    public DateOnly YearStart => Start.AddMonths(-3 * (Quarter - 1));

    /// <summary>The last day of the quarter's fiscal year.</summary>
    public DateOnly YearEnd => YearStart.AddMonths(12).AddDays(-1);

    /// <summary>The quarter <paramref name="quarters"/> away: −1 the one before, +1 the next, −4 the same quarter a year before.</summary>
    public FiscalQuarter Shift(int quarters)
    {
        // Fiscal years are four-digit, so the index never goes below zero.
        var index = (FiscalYear * 4) + Quarter - 1 + quarters;
        return new FiscalQuarter(index / 4, (index % 4) + 1, Start.AddMonths(3 * quarters));
    }
}
