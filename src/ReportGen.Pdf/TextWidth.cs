using System.Collections.Concurrent;
using PdfSharp.Drawing;

namespace ReportGen.Pdf;

/// <summary>
/// The width of text as PDFsharp's <c>XGraphics.MeasureString</c> gives it, with each character's advance width looked up
/// once per face. PDFsharp finds a character's glyph by searching the font's cmap segments one by one, for every
/// character of every string it measures; Noto Sans JP has thousands of segments, and line breaking measures many
/// prefixes, so measuring was most of the time of a Japanese PDF. The sum is PDFsharp's own arithmetic: whole advance
/// widths added up in font units, times the size, divided by the units per em; so every width, every line break and
/// every byte of the PDF stay what they were.
/// </summary>
internal static class TextWidth
{
    /// <summary>Advance widths in font units, by face (bold or not) and code point.</summary>
    private static readonly ConcurrentDictionary<(bool Bold, int CodePoint), int> Advances = new();

    /// <summary>A face at the size of its units per em: there PDFsharp's width of one character is its advance width exactly.</summary>
    private static readonly ConcurrentDictionary<bool, (XFont Font, XGraphics Measurer)> UnitFaces = new();

    public static double Of(string text, XFont font)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var bold = font.Bold;
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Advances.GetOrAdd((bold, rune.Value), key => Advance(key.Bold, key.CodePoint));
        }

        return width * font.Size / font.Metrics.UnitsPerEm;
    }

    private static int Advance(bool bold, int codePoint)
    {
        var (font, measurer) = UnitFaces.GetOrAdd(bold, b =>
        {
            var probe = new XFont(NotoFontResolver.Family, 10, b ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfSharp.Pdf.PdfFontEncoding.Unicode));
            var unit = new XFont(NotoFontResolver.Family, probe.Metrics.UnitsPerEm, b ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfSharp.Pdf.PdfFontEncoding.Unicode));
            return (unit, XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards));
        });
        lock (measurer)
        {
            return (int)Math.Round(measurer.MeasureString(char.ConvertFromUtf32(codePoint), font).Width);
        }
    }
}
