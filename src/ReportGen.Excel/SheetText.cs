namespace ReportGen.Excel;

/// <summary>How much room text takes in a worksheet, in Excel's character widths, to size columns and wrapped rows.</summary>
internal static class SheetText
{
    /// <summary>Width in Excel character units: a CJK character takes two.</summary>
    public static double Width(string text) => text.Sum(ch => ch > 0x2E80 ? 2.0 : 1.0);

    /// <summary>
    /// How many lines a cell of <paramref name="width"/> characters needs for <paramref name="text"/> when it wraps: at spaces
    /// in Latin text, anywhere in CJK text.
    /// </summary>
    public static int Lines(string text, double width)
    {
        var room = Math.Max(1, width - 1);
        var lines = 1;
        var used = 0.0;
        foreach (var word in Words(text))
        {
            var size = Width(word);
            if (used > 0 && used + size > room)
            {
                lines++;
                used = 0;
            }

            // A word longer than the line breaks where it must.
            while (size > room)
            {
                lines++;
                size -= room;
            }

            used += size;
        }

        return lines;
    }

    /// <summary>Words with their trailing space; each CJK character is a word of its own.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ' || text[i] > 0x2E80)
            {
                yield return text[start..(i + 1)];
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }
}
