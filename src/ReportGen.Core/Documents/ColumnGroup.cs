namespace ReportGen.Documents;

/// <summary>A heading over the neighbouring columns <see cref="First"/> to <see cref="Last"/> (a period's date).</summary>
public sealed record ColumnGroup(int First, int Last, string Text);
