namespace ReportGen.Binding;

/// <summary>
/// A period of the dataset and the role it plays in the release (<c>current</c>, <c>yearAgo</c>, <c>ytd</c>, …). Flows are
/// for the period from <see cref="Start"/> to <see cref="End"/>; balances are as of <see cref="End"/>.
/// </summary>
public sealed record PeriodPlan(string Key, string Role, int FiscalYear, int? Quarter, DateOnly Start, DateOnly End)
{
    /// <summary>Whole months from start to end: 3 for a quarter, 6 or 9 for a year to date.</summary>
    public int Months
    {
        get
        {
            var after = End.AddDays(1);
            var months = ((after.Year - Start.Year) * 12) + after.Month - Start.Month;
            return after.Day >= Start.Day ? months : months - 1;
        }
    }
}
