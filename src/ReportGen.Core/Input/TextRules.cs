using System.Globalization;

namespace ReportGen.Input;

/// <summary>
/// What a text must be to be printed: whole characters only (no half of a UTF-16 pair, no noncharacter) and no control
/// characters (a line break, a tab or a NUL prints as an empty box, or breaks the workbook's XML).
/// </summary>
internal static class TextRules
{
    /// <summary>Why <paramref name="text"/> cannot be printed, in words; null when it can.</summary>
    public static string? Problem(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return $"character {i + 1} is half of a character ({CodePoint(c)}, a lone surrogate): the text was cut or mis-encoded";
            }

            if (char.IsControl(c))
            {
                return $"character {i + 1} is the control character {CodePoint(c)}{ControlName(c)}, which cannot be printed; write the text on one line";
            }

            if (c is '\uFFFE' or '\uFFFF')
            {
                return $"character {i + 1} is {CodePoint(c)}, which is not a character";
            }
        }

        return null;
    }

    public static string CodePoint(int codePoint) => "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);

    private static string ControlName(char c) => c switch
    {
        '\n' => " (a line break)",
        '\r' => " (a carriage return)",
        '\t' => " (a tab)",
        '\0' => " (NUL)",
        _ => "",
    };
}
