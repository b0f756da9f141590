using System.Globalization;

namespace ReportGen.Binding;

/// <summary>
/// Where a role's period stands from the quarter being released: a quarter or a year to date <see cref="Offset"/> quarters
/// away (<c>yearAgo</c> is a quarter at −4), or the fiscal year <see cref="Offset"/> years away (<c>priorYearEnd</c> at −1).
/// </summary>
public sealed record RolePeriod(PeriodSpan Span, int Offset)
{
    /// <summary>The period of this role for a release of <paramref name="quarter"/>.</summary>
    public PeriodDates Of(FiscalQuarter quarter)
    {
        switch (Span)
        {
            case PeriodSpan.Quarter:
                var q = quarter.Shift(Offset);
                return new PeriodDates(q.Start, q.End, q.FiscalYear, q.Quarter);
            case PeriodSpan.YearToDate:
                var last = quarter.Shift(Offset);
                return new PeriodDates(last.YearStart, last.End, last.FiscalYear, last.Quarter);
            default:
                var first = quarter.Shift((4 * Offset) - (quarter.Quarter - 1));
                return new PeriodDates(first.Start, first.Start.AddMonths(12).AddDays(-1), first.FiscalYear, null);
        }
    }

    /// <summary>The role in words, for messages: <c>the quarter 4 quarters before the one released</c>.</summary>
    public string Describe()
    {
        var unit = Span == PeriodSpan.FiscalYear ? "year" : "quarter";
        var distance = Offset == 0
            ? ""
            : string.Create(CultureInfo.InvariantCulture, $" {Math.Abs(Offset)} {unit}{(Math.Abs(Offset) == 1 ? "" : "s")} {(Offset < 0 ? "before" : "after")}");
        return Span switch
        {
            PeriodSpan.Quarter => Offset == 0 ? "the quarter released" : $"the quarter{distance} the one released",
            PeriodSpan.YearToDate => Offset == 0 ? "the year to date of the quarter released" : $"the year to date of the quarter{distance} the one released",
            _ => Offset == 0 ? "the fiscal year of the quarter released" : $"the fiscal year{distance} that of the quarter released",
        };
    }
}
