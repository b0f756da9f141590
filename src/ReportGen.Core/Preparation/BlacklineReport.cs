namespace ReportGen.Preparation;

/// <summary>
/// Every printed figure that differs between two builds (two drafts of a quarter), by document, table, row and column,
/// with the dataset values that differ when both sides are datasets, and anything a reader should know first.
/// </summary>
/// <param name="Facts">The dataset values that differ; empty where a side is an output folder.</param>
/// <param name="Notes">What to know before reading the figures: a side whose checks fail, periods that are not the same.</param>
public sealed record BlacklineReport(
    string Old,
    string New,
    IReadOnlyList<FactChange> Facts,
    IReadOnlyList<BlacklineEntry> Changes,
    IReadOnlyList<string> Notes);
