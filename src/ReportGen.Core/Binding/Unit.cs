using System.Text.RegularExpressions;

namespace ReportGen.Binding;

/// <summary>The scale a money amount is held or printed in.</summary>
public enum Scale
{
    Units,
    Thousands,
    Millions,

    /// <summary>10^8, the Japanese 億 (oku): 約120億円.</summary>
    HundredMillions,
    Billions,
}

/// <summary>
/// The unit a fact is held in: money in a currency at a scale (<c>JPY_thousands</c>, <c>CAD_millions</c>, <c>USD</c>), or a
/// quantity of its own kind (<c>count</c>, <c>shares</c>, <c>Gbps</c>). Money is converted to currency units for arithmetic;
/// quantities add only to quantities of the same unit.
/// </summary>
public sealed partial record Unit
{
    private Unit(string name, string? currency, Scale scale)
    {
        Name = name;
        Currency = currency;
        Scale = scale;
    }

    /// <summary>The unit as datasets and packs write it.</summary>
    public string Name { get; }

    /// <summary>The ISO 4217 code of a money unit; null for a quantity.</summary>
    public string? Currency { get; }

    public Scale Scale { get; }

    public bool IsMoney => Currency is not null;

    /// <summary>How many currency units (or items) one of this unit is.</summary>
    public decimal Factor => Scale.Factor();

    /// <summary>What this unit can be added to: the currency of money, the name of a quantity.</summary>
    public string Dimension => Currency ?? Name;

    public static Unit Money(string currency, Scale scale) =>
        new(scale == Scale.Units ? currency : $"{currency}_{scale.Name()}", currency, scale);

    public static bool TryParse(string? text, out Unit unit)
    {
        unit = null!;
        if (text is null)
        {
            return false;
        }

        var money = MoneyPattern().Match(text);
        if (money.Success)
        {
            var scale = Scale.Units;
            if (money.Groups[2].Success && !ScaleNames.TryParse(money.Groups[2].Value, out scale))
            {
                return false;
            }

            unit = Money(money.Groups[1].Value, scale);
            return true;
        }

        if (QuantityPattern().IsMatch(text))
        {
            unit = new Unit(text, null, Scale.Units);
            return true;
        }

        return false;
    }

    public override string ToString() => Name;

    [GeneratedRegex("^([A-Z]{3})(?:_([a-z]+))?$")]
    private static partial Regex MoneyPattern();

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$|^[A-Z][a-z][A-Za-z0-9]*$")]
    private static partial Regex QuantityPattern();
}

public static class ScaleNames
{
    public static decimal Factor(this Scale scale) => scale switch
    {
        Scale.Thousands => 1_000m,
        Scale.Millions => 1_000_000m,
        Scale.HundredMillions => 100_000_000m,
        Scale.Billions => 1_000_000_000m,
        _ => 1m,
    };

    public static string Name(this Scale scale) => scale switch
    {
        Scale.Thousands => "thousands",
        Scale.Millions => "millions",
        Scale.HundredMillions => "hundredMillions",
        Scale.Billions => "billions",
        _ => "units",
    };

    public static bool TryParse(string? name, out Scale scale)
    {
        foreach (var candidate in Enum.GetValues<Scale>())
        {
            if (candidate.Name() == name)
            {
                scale = candidate;
                return true;
            }
        }

        scale = default;
        return false;
    }
}
