using ReportGen.Binding;

namespace ReportGen.Documents;

/// <summary>A column as printed: what it shows, of which period (and, for a change, on which base), its header and group heading.</summary>
public sealed record ColumnModel(ColumnKind Kind, string Period, string? BasePeriod, string Header, string? Group, double? Width);
