using ReportGen.Binding;

namespace ReportGen.Evaluation;

/// <summary>What a rounded column shows of an item: an amount at a printed scale, a convenience translation, or a share of a total.</summary>
internal enum MeasureKind
{
    Amount,
    Convenience,
    Share,
}

/// <summary>
/// A rounded measure of items. Each has a rounding step; footing runs once per measure and period, so a figure prints the
/// same in every table that prints it.
/// </summary>
/// <param name="Currency">The currency of an amount or of a translation.</param>
internal sealed record Measure(MeasureKind Kind, Scale Scale, string? Currency, string? ShareBase)
{
    public static Measure Amount(string currency, Scale scale) => new(MeasureKind.Amount, scale, currency, null);

    public static Measure Convenience(string currency, Scale scale) => new(MeasureKind.Convenience, scale, currency, null);

    public static Measure ShareOf(string baseItem) => new(MeasureKind.Share, Scale.Units, null, baseItem);

    /// <summary>Steps per printed unit: shares print to a tenth of a percent.</summary>
    public decimal StepsPerUnit => Kind == MeasureKind.Share ? 10m : 1m;

    public override string ToString() => Kind switch
    {
        MeasureKind.Amount => $"amount in {Unit.Money(Currency!, Scale).Name}",
        MeasureKind.Convenience => $"{Currency} {Scale.Name()}",
        _ => $"% of {ShareBase}",
    };
}
