namespace ReportGen.Preparation;

/// <summary>A dataset value that differs between two datasets; null where a side has none.</summary>
public sealed record FactChange(string Fact, string Period, decimal? Old, decimal? New);
