namespace ReportGen.Pdf;

/// <summary>
/// A figure's display text split for alignment: its body and the closing marks that hang to the right of the column's
/// figures, so that digits end on one vertical line: <c>(5.04%)</c> is "(5.04" + "%)", <c>47,2 %</c> is "47,2" + " %".
/// </summary>
internal readonly record struct FigureText(string Body, string Suffix)
{
    public static FigureText Split(string display)
    {
        var suffixStart = display.Length;
        while (suffixStart > 0 && display[suffixStart - 1] is ')' or '%' or '\u00A0')
        {
            suffixStart--;
        }

        return new FigureText(display[..suffixStart], display[suffixStart..]);
    }
}
