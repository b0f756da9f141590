using ReportGen.Dataset;
using ReportGen.Model;

namespace ReportGen.Evaluation;

/// <summary>
/// What a printed column shows of an item: an amount in a printed unit, a USD translation, or a share of a total. Each
/// measure has a rounding step; footing runs once per measure and period, so a figure prints the same in every table.
/// </summary>
public sealed record Measure(ColumnKind Kind, Unit? Scale, string? ShareBase)
{
    public static Measure Usd { get; } = new(ColumnKind.Usd, null, null);

    public static Measure Amount(Unit scale) => new(ColumnKind.Value, scale, null);

    public static Measure ShareOf(string baseItem) => new(ColumnKind.Share, null, baseItem);

    /// <summary>Steps per printed unit: shares print to a tenth of a percent.</summary>
    public decimal StepsPerUnit => Kind == ColumnKind.Share ? 10m : 1m;

    public override string ToString() => Kind switch
    {
        ColumnKind.Value => $"amount in {Scale!.Value.Name()}",
        ColumnKind.Usd => "USD thousands",
        _ => $"% of {ShareBase}",
    };
}
