namespace ReportGen.Pdf;

/// <summary>
/// A figure's display text split for decimal alignment: <c>(5.04%)</c> is "(" + "5" + ".04" + "%)". The integer parts
/// of a column end on one vertical line, so the decimal points line up and closing marks hang to the right.
/// </summary>
internal readonly record struct FigureText(string Integer, string Fraction, string Suffix)
{
    public static FigureText Split(string display)
    {
        var suffixStart = display.Length;
        while (suffixStart > 0 && display[suffixStart - 1] is ')' or '%')
        {
            suffixStart--;
        }

        var body = display[..suffixStart];
        var point = body.LastIndexOf('.');
        return point < 0 || !char.IsDigit(body[^1])
            ? new FigureText(body, "", display[suffixStart..])
            : new FigureText(body[..point], body[point..], display[suffixStart..]);
    }
}
