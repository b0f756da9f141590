namespace ReportGen.Pdf;

/// <summary>
/// Breaks text into lines that fit a width. Latin text breaks at spaces; Japanese, which has no spaces, between any two
/// characters, except that closing punctuation (、。）」 …) never starts a line and opening brackets never end one.
/// </summary>
/// <remarks>
/// Each line is found by measuring prefixes of the text from where the line starts, doubling until one is too wide and
/// then halving between: the work is proportional to the length of the text (times a logarithm), so a label of 100,000
/// characters breaks as fast as it can be drawn. <paramref name="measure"/> must grow with the text, as advance widths do.
/// </remarks>
internal static class LineBreaker
{
    private const string NoLineStart = "、。，．・：；？！ー―…‥）」』】〕〉》］｝)]},.:;!?%％ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ";
    private const string NoLineEnd = "（「『【〔〈《［｛([{";

    /// <param name="keep">Spans of <paramref name="text"/> (start, length) a line break may not cut, such as a figure with its
    /// unit (JPY 278 million, 2,326百万円); a span longer than a line is cut all the same.</param>
    public static IReadOnlyList<string> Break(string text, double width, Func<string, double> measure, IReadOnlyList<(int Start, int Length)>? keep = null)
    {
        var lines = new List<string>();
        var start = 0;
        do
        {
            var fit = FitCount(text, start, width, measure);
            if (start + fit >= text.Length)
            {
                lines.Add(text[start..]);
                break;
            }

            var cut = AdjustForRules(text, start, BreakAt(text, start, fit));
            cut = Kept(cut, start, keep);
            lines.Add(text.Substring(start, cut).TrimEnd());
            start += cut;
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }
        while (start < text.Length);

        return lines;
    }

    /// <summary>How many characters from <paramref name="start"/> fit the width: at least one, at most the rest of the text.</summary>
    private static int FitCount(string text, int start, double width, Func<string, double> measure)
    {
        var rest = text.Length - start;
        bool Fits(int count) => measure(text.Substring(start, count)) <= width;

        // Find a count that fits (low) and one that does not or is the whole rest (high), doubling from a short prefix.
        var low = 1;
        var high = Math.Min(rest, 16);
        while (high < rest && Fits(high))
        {
            low = high;
            high = Math.Min(rest, high * 2);
        }

        if (Fits(high))
        {
            return high;
        }

        while (low < high - 1)
        {
            var mid = (low + high) / 2;
            if (Fits(mid))
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>Where the line ends: after the last space when the fit would cut a Latin word; anywhere in Japanese.</summary>
    private static int BreakAt(string text, int start, int fit)
    {
        var from = Math.Min(fit, text.Length - start - 1);
        var space = text.LastIndexOf(' ', start + from, from + 1) - start;
        return space > 0 && IsLatinBreak(text, start + fit) ? space + 1 : fit;
    }

    /// <summary>A break inside a Latin word should go back to the last space; Japanese may break anywhere.</summary>
    private static bool IsLatinBreak(string text, int at) =>
        at < text.Length && at > 0 && IsLatin(text[at]) && IsLatin(text[at - 1]);

    /// <summary>A character of a Latin word; a no-break space joins the words on either side as if it were one.</summary>
    private static bool IsLatin(char ch) => ch < 0x2E80 && (!char.IsWhiteSpace(ch) || ch == '\u00A0');

    /// <summary>A cut moved back to the start of the kept span it falls inside, unless that would leave the line empty.</summary>
    /// <param name="offset">Where the line starts in the text; the cut counts from there.</param>
    private static int Kept(int cut, int offset, IReadOnlyList<(int Start, int Length)>? keep)
    {
        foreach (var (start, length) in keep ?? [])
        {
            var from = start - offset;
            if (from > 0 && from < cut && cut < from + length)
            {
                return from;
            }
        }

        return cut;
    }

    private static int AdjustForRules(string text, int start, int cut)
    {
        // Pull a closing mark back onto the line it closes, and push an opening bracket onto the next line.
        var rest = text.Length - start;
        var adjusted = cut;
        while (adjusted > 1 && adjusted < rest && NoLineStart.Contains(text[start + adjusted], StringComparison.Ordinal))
        {
            adjusted--;
        }

        while (adjusted > 1 && NoLineEnd.Contains(text[start + adjusted - 1], StringComparison.Ordinal))
        {
            adjusted--;
        }

        return adjusted;
    }
}
