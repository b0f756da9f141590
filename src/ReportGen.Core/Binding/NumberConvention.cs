using System.Globalization;
using System.Text;

namespace ReportGen.Binding;

/// <summary>
/// How figures print in a language: the digit group and decimal separators, and patterns for negatives and percentages
/// with <c>{n}</c> for the digits. English releases print <c>(1,234.5)</c> and <c>(8.7%)</c>; French ones <c>-1 234,5</c> and
/// <c>-8,7 %</c>.
/// </summary>
public sealed record NumberConvention(string Group, string Decimal, string Negative, string Percent)
{
    public static NumberConvention English { get; } = new(",", ".", "({n})", "{n}%");

    /// <summary>Writes an already rounded figure with <paramref name="decimals"/> places, its % sign where asked.</summary>
    public string Format(decimal value, int decimals, bool percentSign = false)
    {
        var digits = Math.Abs(value).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var point = digits.IndexOf('.', StringComparison.Ordinal);
        var integer = point < 0 ? digits : digits[..point];
        var text = new StringBuilder();
        for (var i = 0; i < integer.Length; i++)
        {
            if (i > 0 && (integer.Length - i) % 3 == 0)
            {
                text.Append(Group);
            }

            text.Append(integer[i]);
        }

        if (point >= 0)
        {
            text.Append(Decimal).Append(digits, point + 1, digits.Length - point - 1);
        }

        var result = text.ToString();
        if (percentSign)
        {
            result = Percent.Replace("{n}", result, StringComparison.Ordinal);
        }

        return value < 0 ? Negative.Replace("{n}", result, StringComparison.Ordinal) : result;
    }
}
