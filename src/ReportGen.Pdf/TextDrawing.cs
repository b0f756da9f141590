using PdfSharp.Drawing;

namespace ReportGen.Pdf;

/// <summary>
/// Every string the PDF draws goes through here. The bundled font draws the no-break space with the glyph of the space,
/// and a PDF maps each glyph back to one character for copying and search: were both drawn, every space of the page
/// would copy as U+00A0. Line breaking has already kept the no-break spaces together, so they are drawn as spaces.
/// </summary>
internal static class TextDrawing
{
    public static void DrawText(this XGraphics graphics, string text, XFont font, XBrush brush, XPoint point, XStringFormat format) =>
        graphics.DrawString(text.Replace('\u00A0', ' '), font, brush, point, format);
}
