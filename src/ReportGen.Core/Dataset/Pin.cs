using ReportGen.Diagnostics;

namespace ReportGen.Dataset;

/// <summary>What a pinned figure is: an amount in a printed unit, a USD translation, a share of total or a change.</summary>
public enum PinMeasure
{
    Amount,
    Usd,
    Share,
    Change,
}

/// <summary>
/// A printed figure fixed by the preparer, with a reason: a comparative carried from an earlier release, or a percentage
/// the company computed from figures the release does not publish. A pin is used as printed and listed in the tie-out.
/// </summary>
/// <param name="Value">The figure as printed: an amount in <paramref name="Scale"/>, USD thousands, or a percentage (−8.7 for (8.7%)).</param>
public sealed record Pin(
    string Item,
    string Period,
    PinMeasure Measure,
    string? Base,
    string? Scale,
    decimal Value,
    string Reason,
    SourceLocation Location);
