using System.Globalization;
using ReportGen.Evaluation;
using ReportGen.Model;

namespace ReportGen.Building;

/// <summary>Writes figures as the release prints them: <c>3,236</c>, <c>(829,760)</c>, <c>(8.7%)</c>, <c>8.5</c>, <c>(5.04)</c>.</summary>
public static class DisplayFormat
{
    public static string Format(decimal value, NumberStyle style)
    {
        var rounded = Rounding.HalfUp(value, style.Decimals);
        var pattern = style.Decimals == 0 ? "#,##0" : "#,##0." + new string('0', style.Decimals);
        var text = Math.Abs(rounded).ToString(pattern, CultureInfo.InvariantCulture);
        if (style.Percent && style.PercentSign)
        {
            text += "%";
        }

        return rounded < 0 ? $"({text})" : text;
    }
}
