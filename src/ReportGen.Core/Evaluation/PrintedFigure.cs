using ReportGen.Model;

namespace ReportGen.Evaluation;

/// <summary>A rounded figure as printed, its plain half-up rounding, and why they differ (a footing step or a pin).</summary>
public sealed record PrintedFigure(decimal Printed, decimal HalfUp, CellNote? Note)
{
    public decimal Adjustment => Printed - HalfUp;
}
