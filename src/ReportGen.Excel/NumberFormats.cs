using System.Text;
using ReportGen.Binding;
using ReportGen.Documents;

namespace ReportGen.Excel;

/// <summary>
/// Excel number formats that display a figure as the document's language prints it: <c>(8.7%)</c> or <c>-8,7 %</c>,
/// <c>(829,760)</c>. Digit grouping and the decimal mark are the reader's own, as in any workbook; the signs, brackets and
/// spaces around the digits are the pack's.
/// </summary>
internal static class NumberFormats
{
    public static string For(NumberStyle style, NumberConvention numbers)
    {
        var digits = style.Decimals == 0 ? "" : "." + new string('0', style.Decimals);
        if (style.Percent)
        {
            // Percentages are held as percent numbers (−8.7), so the % is a literal, not Excel's ×100 percent format.
            var body = style.PercentSign ? Pattern(numbers.Percent, $"0{digits}") : $"0{digits}";
            return $"{body};{Pattern(numbers.Negative, body)};{body}";
        }

        var amount = $"#,##0{digits}";
        return $"{amount};{Pattern(numbers.Negative, amount)};0{digits}";
    }

    public const string Data = "#,##0.########;(#,##0.########);0";
    public const string DataInteger = "#,##0;(#,##0);0";

    /// <summary>A pattern such as <c>({n})</c> or <c>{n} %</c> around a format: brackets, signs and spaces as they are, the rest quoted.</summary>
    private static string Pattern(string pattern, string format)
    {
        var cut = pattern.IndexOf("{n}", StringComparison.Ordinal);
        return Literal(pattern[..cut]) + format + Literal(pattern[(cut + 3)..]);
    }

    private static string Literal(string text)
    {
        var result = new StringBuilder();
        var quoted = new StringBuilder();
        foreach (var ch in text)
        {
            if (ch is '(' or ')' or '-' or '+' or ' ' or '"')
            {
                Flush();
                result.Append(ch == '"' ? "\\\"" : ch.ToString());
            }
            else
            {
                quoted.Append(ch);
            }
        }

        Flush();
        return result.ToString();

        void Flush()
        {
            if (quoted.Length > 0)
            {
                result.Append('"').Append(quoted).Append('"');
                quoted.Clear();
            }
        }
    }
}
