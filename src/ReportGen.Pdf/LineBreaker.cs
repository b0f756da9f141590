namespace ReportGen.Pdf;

/// <summary>
/// Breaks text into lines that fit a width. Latin text breaks at spaces; Japanese, which has no spaces, between any two
/// characters, except that closing punctuation (、。）」 …) never starts a line and opening brackets never end one.
/// </summary>
internal static class LineBreaker
{
    private const string NoLineStart = "、。，．・：；？！ー―…‥）」』】〕〉》］｝)]},.:;!?%％ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ";
    private const string NoLineEnd = "（「『【〔〈《［｛([{";

    /// <param name="keep">Spans of <paramref name="text"/> (start, length) a line break may not cut, such as a figure with its
    /// unit (JPY 278 million, 2,326百万円); a span longer than a line is cut all the same.</param>
    public static IReadOnlyList<string> Break(string text, double width, Func<string, double> measure, IReadOnlyList<(int Start, int Length)>? keep = null)
    {
        if (text.Length == 0 || measure(text) <= width)
        {
            return [text];
        }

        var lines = new List<string>();
        var rest = text;
        var offset = 0;
        while (rest.Length > 0)
        {
            if (measure(rest) <= width)
            {
                lines.Add(rest);
                break;
            }

            var cut = FitCount(rest, width, measure);
            cut = AdjustForRules(rest, cut);
            cut = Kept(cut, offset, keep);
            lines.Add(rest[..cut].TrimEnd());
            var next = rest[cut..].TrimStart();
            offset += rest.Length - next.Length;
            rest = next;
        }

        return lines;
    }

    /// <summary>How many characters of <paramref name="text"/> fit, preferring to stop after a space when there is one.</summary>
    private static int FitCount(string text, double width, Func<string, double> measure)
    {
        var low = 1;
        var high = text.Length;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (measure(text[..mid]) <= width)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        var space = text.LastIndexOf(' ', Math.Min(low, text.Length - 1));
        return space > 0 && IsLatinBreak(text, low) ? space + 1 : low;
    }

    /// <summary>A break inside a Latin word should go back to the last space; Japanese may break anywhere.</summary>
    private static bool IsLatinBreak(string text, int at) =>
        at < text.Length && at > 0 && IsLatin(text[at]) && IsLatin(text[at - 1]);

    /// <summary>A character of a Latin word; a no-break space joins the words on either side as if it were one.</summary>
    private static bool IsLatin(char ch) => ch < 0x2E80 && (!char.IsWhiteSpace(ch) || ch == '\u00A0');

    /// <summary>A cut moved back to the start of the kept span it falls inside, unless that would leave the line empty.</summary>
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

    private static int AdjustForRules(string text, int cut)
    {
        // Pull a closing mark back onto the line it closes, and push an opening bracket onto the next line.
        var adjusted = cut;
        while (adjusted > 1 && adjusted < text.Length && NoLineStart.Contains(text[adjusted], StringComparison.Ordinal))
        {
            adjusted--;
        }

        while (adjusted > 1 && NoLineEnd.Contains(text[adjusted - 1], StringComparison.Ordinal))
        {
            adjusted--;
        }

        return adjusted;
    }
}
