namespace ReportGen.Binding;

/// <summary>What kind of period a role is: a quarter, a fiscal year to date, or a whole fiscal year.</summary>
public enum PeriodSpan
{
    Quarter,
    YearToDate,
    FiscalYear,
}
