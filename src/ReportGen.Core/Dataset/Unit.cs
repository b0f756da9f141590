namespace ReportGen.Dataset;

/// <summary>The unit a fact is held in. Money is converted to yen for arithmetic; other units are dimensions of their own.</summary>
public enum Unit
{
    Jpy,
    JpyThousands,
    JpyMillions,
    Shares,
    Count,
    Gbps,
}

public enum Dimension
{
    Money,
    Count,
    Bandwidth,
}

public static class UnitExtensions
{
    public static Dimension Dimension(this Unit unit) => unit switch
    {
        Unit.Jpy or Unit.JpyThousands or Unit.JpyMillions => Dataset.Dimension.Money,
        Unit.Shares or Unit.Count => Dataset.Dimension.Count,
        Unit.Gbps => Dataset.Dimension.Bandwidth,
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };

    /// <summary>How many base units (yen, items, Gbps) one of this unit is.</summary>
    public static decimal Factor(this Unit unit) => unit switch
    {
        Unit.JpyThousands => 1_000m,
        Unit.JpyMillions => 1_000_000m,
        _ => 1m,
    };

    /// <summary>The name used in datasets and templates.</summary>
    public static string Name(this Unit unit) => unit switch
    {
        Unit.Jpy => "JPY",
        Unit.JpyThousands => "JPY_thousands",
        Unit.JpyMillions => "JPY_millions",
        Unit.Shares => "shares",
        Unit.Count => "count",
        Unit.Gbps => "Gbps",
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };

    public static bool TryParse(string? name, out Unit unit)
    {
        foreach (var candidate in Enum.GetValues<Unit>())
        {
            if (candidate.Name() == name)
            {
                unit = candidate;
                return true;
            }
        }

        unit = default;
        return false;
    }
}
