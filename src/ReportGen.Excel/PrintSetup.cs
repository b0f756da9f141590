using ClosedXML.Excel;

namespace ReportGen.Excel;

/// <summary>
/// A sheet's page set-up: A4, margins that contain the running header and the page-number footer, the header rows
/// repeated on every printed page, and the orientation and fit a reader would choose: portrait when the sheet fits one
/// page at a readable scale, else landscape on one page, else as many pages as it needs at the page's width.
/// </summary>
internal static class PrintSetup
{
    /// <summary>Excel limits a header or footer section to 255 characters.</summary>
    private const int HeaderLimit = 255;

    /// <summary>Printable A4 in points, inside the margins below: portrait width and height.</summary>
    private const double PageWidth = 523;
    private const double PageHeight = 700;

    /// <summary>Points per character of column width, and the smallest scale a statement still reads at on one page.</summary>
    private const double PointsPerCharacter = 5.6;
    private const double ReadableScale = 0.7;
    private const double SmallestOnePageScale = 0.55;

    /// <param name="caption">The running header's left part (a statement's company line); may be empty.</param>
    /// <param name="tag">The running header's right part (<c>Appendix 1</c>); may be empty.</param>
    public static void Apply(IXLWorksheet sheet, string title, int repeatFrom, int repeatTo, string pageNumber, string caption = "", string tag = "")
    {
        var setup = sheet.PageSetup;
        setup.PaperSize = XLPaperSize.A4Paper;
        var (landscape, onePage) = Choose(sheet);
        setup.PageOrientation = landscape ? XLPageOrientation.Landscape : XLPageOrientation.Portrait;
        setup.FitToPages(1, onePage ? 1 : 0);
        setup.SetRowsToRepeatAtTop(repeatFrom, repeatTo);
        setup.Margins.Left = 0.5;
        setup.Margins.Right = 0.5;
        setup.Margins.Top = 0.8;
        setup.Margins.Bottom = 0.8;
        setup.Margins.Header = 0.3;
        setup.Margins.Footer = 0.3;
        setup.Header.Center.AddText(Escape(title));
        if (caption.Length > 0)
        {
            setup.Header.Left.AddText(Escape(caption));
        }

        if (tag.Length > 0)
        {
            setup.Header.Right.AddText(Escape(tag));
        }

        // The pack writes the page number as "{{ page }} / {{ pages }}" or "Page {{ page }} of {{ pages }}": Excel fills &P and &N.
        setup.Footer.Center.AddText(Escape(pageNumber).Replace("\u0001", "&P", StringComparison.Ordinal).Replace("\u0002", "&N", StringComparison.Ordinal));
    }

    /// <summary>The orientation, and whether the sheet goes on one page, from its size at 100%.</summary>
    private static (bool Landscape, bool OnePage) Choose(IXLWorksheet sheet)
    {
        var last = sheet.LastColumnUsed()?.ColumnNumber() ?? 1;
        var width = Enumerable.Range(1, last).Sum(c => sheet.Column(c).Width) * PointsPerCharacter;
        var rows = sheet.LastRowUsed()?.RowNumber() ?? 1;
        var height = Enumerable.Range(1, rows).Sum(r => sheet.Row(r).Height);
        double Scale(double pageWidth, double pageHeight) => Math.Min(1, Math.Min(pageWidth / width, pageHeight / height));

        if (Scale(PageWidth, PageHeight) >= ReadableScale)
        {
            return (false, true);
        }

        if (Scale(PageHeight, PageWidth) >= SmallestOnePageScale)
        {
            return (true, true);
        }

        // Too long for one page: as many pages as it needs, in the orientation that prints it larger.
        return (PageWidth / width < PageHeight / width && width > PageWidth, false);
    }

    /// <summary>Text for a header or footer: an ampersand is Excel's code character, so a literal one is doubled.</summary>
    private static string Escape(string text)
    {
        var escaped = text.Replace("&", "&&", StringComparison.Ordinal);
        return escaped.Length <= HeaderLimit ? escaped : escaped[..HeaderLimit];
    }
}
