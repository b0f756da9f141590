namespace ReportGen.Evaluation;

/// <summary>Why a printed figure is not its plain rounding.</summary>
internal enum FigureReason
{
    Footing,
    Pin,
}

/// <summary>A rounded figure as printed, its plain half-up rounding, and why they differ (a footing step or a pin).</summary>
internal sealed record PrintedFigure(decimal Printed, decimal HalfUp, FigureReason? Reason, string? Explanation)
{
    public decimal Adjustment => Printed - HalfUp;
}
