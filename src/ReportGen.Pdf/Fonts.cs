using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ReportGen.Pdf;

/// <summary>The faces and sizes a release uses, all of the bundled family, embedded as Unicode subsets.</summary>
internal sealed class Fonts
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    public Fonts(double body, double lineSpacing)
    {
        Body = new XFont(NotoFontResolver.Family, body, XFontStyleEx.Regular, Unicode);
        Bold = new XFont(NotoFontResolver.Family, body, XFontStyleEx.Bold, Unicode);
        Mark = new XFont(NotoFontResolver.Family, body * 0.7, XFontStyleEx.Regular, Unicode);
        Note = new XFont(NotoFontResolver.Family, body * 0.9, XFontStyleEx.Regular, Unicode);
        TableTitle = new XFont(NotoFontResolver.Family, body + 2, XFontStyleEx.Bold, Unicode);
        LineHeight = body * lineSpacing;
    }

    public XFont Body { get; }

    public XFont Bold { get; }

    public XFont Mark { get; }

    public XFont Note { get; }

    public XFont TableTitle { get; }

    public double LineHeight { get; }

    public static XFont Header { get; } = new(NotoFontResolver.Family, 7.5, XFontStyleEx.Regular, Unicode);

    public static XFont Title { get; } = new(NotoFontResolver.Family, 13, XFontStyleEx.Bold, Unicode);

    public static XFont Subtitle { get; } = new(NotoFontResolver.Family, 9.5, XFontStyleEx.Regular, Unicode);
}
