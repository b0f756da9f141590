using ReportGen.Documents;

namespace ReportGen.Excel;

/// <summary>Excel number formats that display a cell exactly as the core's display text: <c>(8.7%)</c>, <c>8.5</c>, <c>(829,760)</c>.</summary>
internal static class NumberFormats
{
    public static string For(NumberStyle style)
    {
        var digits = style.Decimals == 0 ? "" : "." + new string('0', style.Decimals);
        if (style.Percent)
        {
            // Percentages are held as percent numbers (−8.7), so the % is a literal, not Excel's ×100 percent format.
            var sign = style.PercentSign ? "\"%\"" : "";
            return $"0{digits}{sign};(0{digits}{sign});0{digits}{sign}";
        }

        return $"#,##0{digits};(#,##0{digits});0{digits}";
    }

    public const string Data = "#,##0.########;(#,##0.########);0";
    public const string DataInteger = "#,##0;(#,##0);0";
}
