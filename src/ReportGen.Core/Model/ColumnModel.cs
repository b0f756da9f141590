namespace ReportGen.Model;

public sealed record ColumnModel(ColumnKind Kind, string Period, string? BasePeriod, string Header, string? Group, double? Width);
