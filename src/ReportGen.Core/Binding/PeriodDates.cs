namespace ReportGen.Binding;

/// <summary>A period's dates and its place in the fiscal calendar; <see cref="Quarter"/> is null for a whole year.</summary>
public sealed record PeriodDates(DateOnly Start, DateOnly End, int FiscalYear, int? Quarter);
