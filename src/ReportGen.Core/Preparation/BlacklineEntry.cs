using ReportGen.Binding;

namespace ReportGen.Preparation;

/// <summary>A printed figure that differs between two builds: where it stands, what it was, what it is, and why if footing or a pin says.</summary>
/// <param name="Old">The figure as the old build printed it; empty where it printed none.</param>
/// <param name="Why">What moved it besides its own figures: forced footing or a pin, in words; empty otherwise.</param>
public sealed record BlacklineEntry(
    string Language,
    string Document,
    string Table,
    string TableTitle,
    string Item,
    string Label,
    string Column,
    ColumnKind Kind,
    string Period,
    string? BasePeriod,
    string Old,
    string New,
    string Why);
