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
            // Percentages are held as fractions (−0.087), so every one shows its % sign, middle rows of a statement too:
            // a column an analyst multiplies by must hold one kind of number.
            var body = Pattern(numbers.Percent, $"0{digits}", percent: true);
            return $"{body};{Pattern(numbers.Negative, body)};{body}";
        }

        var amount = $"#,##0{digits}";
        return $"{amount};{Pattern(numbers.Negative, amount)};0{digits}";
    }

    public const string Data = "#,##0.########;(#,##0.########);0";
    public const string DataInteger = "#,##0;(#,##0);0";

    /// <summary>
    /// A pattern such as <c>({n})</c> or <c>{n} %</c> around a format: brackets, signs and spaces as they are, the rest quoted;
    /// in a percentage the % sign is Excel's own, which shows a fraction as a percentage.
    /// </summary>
    private static string Pattern(string pattern, string format, bool percent = false)
    {
        var cut = pattern.IndexOf("{n}", StringComparison.Ordinal);
        return Literal(pattern[..cut], percent) + format + Literal(pattern[(cut + 3)..], percent);
    }

    private static string Literal(string text, bool percent)
    {
        var result = new StringBuilder();
        var quoted = new StringBuilder();
        foreach (var ch in text)
        {
            if (ch is '(' or ')' or '-' or '+' or ' ' or '"' || (percent && ch == '%'))
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
