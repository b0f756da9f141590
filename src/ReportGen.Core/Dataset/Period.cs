namespace ReportGen.Dataset;

/// <summary>A fiscal quarter of the dataset. Balance-sheet facts are as of <see cref="End"/>.</summary>
public sealed record Period(string Key, PeriodRole Role, int FiscalYear, int Quarter, DateOnly Start, DateOnly End);
