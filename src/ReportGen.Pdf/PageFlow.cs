using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using ReportGen.Documents;

namespace ReportGen.Pdf;

/// <summary>
/// The pages of a PDF and a cursor down the current one. Content stays inside the margins; the running header and the
/// <c>n / N</c> footer are drawn at the end, once the page count is known.
/// </summary>
internal sealed class PageFlow : IDisposable
{
    public const double Margin = 40;
    public const double HeaderBand = 30;
    public const double FooterBand = 28;

    private readonly PdfDocument document;
    private readonly List<(PdfPage Page, string Header, DocumentWording Wording)> pages = [];
    private readonly List<(int Page, double Y, string Title, int Level)> bookmarks = [];
    private readonly List<List<(NoteModel Note, string Text)>> footnotes = [];
    private readonly HashSet<string> placed = new(StringComparer.Ordinal);

    /// <summary>A footnote's lines by its mark, text and the width they fill: the page's bottom is asked for at every line.</summary>
    private readonly Dictionary<(string Mark, string Text, double Width), IReadOnlyList<string>> footnoteLines = [];
    private static readonly Fonts FootnoteFonts = new(7.5, 1.35);
    private XGraphics? graphics;

    public PageFlow(PdfDocument document)
    {
        this.document = document;
    }

    public XGraphics Graphics => graphics ?? throw new InvalidOperationException("No page yet.");

    public double Y { get; set; }

    public double Left => Margin;

    public double Right => Page.Width.Point - Margin;

    public double Width => Right - Left;

    public double Bottom => Page.Height.Point - Margin - FooterBand - PlacedHeight(footnotes[^1], Width);

    /// <summary>
    /// The pages things start on, once known: each document by its language, each table by <c>language/id</c>. A layout
    /// with page references runs twice, the second time with the first's pages.
    /// </summary>
    public Dictionary<string, int> Targets { get; } = new(StringComparer.Ordinal);

    /// <summary>The language of the document being laid out, whose tables its page references name.</summary>
    public string Language { get; set; } = "";

    /// <summary>Records that a table (or a document, by its language) starts on the current page, the first time only.</summary>
    public void Target(string key) => Targets.TryAdd(key, PageNumber);

    /// <summary>What a page reference prints: the page its table or document starts on, as far as known.</summary>
    public string PageOf(PageRefRun reference) =>
        Targets.TryGetValue($"{Language}/{reference.Target}", out var page) || Targets.TryGetValue(reference.Target, out page)
            ? page.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "?";

    /// <summary>A footnote's words with its page references filled in.</summary>
    private string NoteText(NoteModel note) =>
        note.Runs.Count == 0 ? note.Text : string.Concat(note.Runs.Select(r => r switch { PageRefRun p => PageOf(p), NoteMarkRun => "", LineBreakRun => " ", _ => r.Text }));

    public int PageNumber => pages.Count;

    /// <summary>Footnotes not yet set on any page, of those a block marks: they go to the foot of the page it lands on.</summary>
    public List<NoteModel> NewFootnotes(IEnumerable<NoteModel> notes) =>
        notes.Where(n => !placed.Contains(n.Id)).DistinctBy(n => n.Id).ToList();

    /// <summary>The room footnotes take at a page's foot, with the rule above them.</summary>
    public double FootnotesHeight(IReadOnlyCollection<NoteModel> notes) =>
        PlacedHeight(notes.Select(n => (n, NoteText(n))).ToList(), Width);

    /// <summary>Sets footnotes at the foot of the current page; a block that marks them must fit above them.</summary>
    public void PlaceFootnotes(IEnumerable<NoteModel> notes)
    {
        foreach (var note in notes.Where(n => placed.Add(n.Id)))
        {
            footnotes[^1].Add((note, NoteText(note)));
        }
    }

    /// <param name="width">The width of the page's text: footnotes are set and drawn at their own page's.</param>
    private double PlacedHeight(IReadOnlyCollection<(NoteModel Note, string Text)> notes, double width) =>
        notes.Count == 0 ? 0 : 8 + notes.Sum(n => FootnoteLines(n.Note.Mark, n.Text, width).Count * FootnoteFonts.LineHeight);

    private IReadOnlyList<string> FootnoteLines(string mark, string text, double width)
    {
        var key = (mark, text, width);
        if (!footnoteLines.TryGetValue(key, out var lines))
        {
            lines = LineBreaker.Break(text, width - TextWidth.Of(mark, FootnoteFonts.Body) - 4, s => TextWidth.Of(s, FootnoteFonts.Body));
            footnoteLines[key] = lines;
        }

        return lines;
    }

    public double Top => Margin + HeaderBand;

    public double Remaining => Bottom - Y;

    public bool Landscape { get; private set; }

    private PdfPage Page => pages[^1].Page;

    /// <summary>The running header and fixed words of the document being laid out.</summary>
    public (string Header, DocumentWording Wording) Document { get; set; }

    /// <summary>The outline level of a heading: 0, or 1 in a file that combines documents.</summary>
    public int SectionLevel { get; set; }

    /// <summary>The outline level a table's bookmark takes: under the last heading, if there is one.</summary>
    public int TableLevel { get; set; }

    /// <summary>Marks the current position in the PDF's outline (bookmarks), at a level under the ones before it.</summary>
    public void Bookmark(string title, int? level = null)
    {
        // An outline entry reads as a title: without the colon a heading like "Outlook:" ends with in the text.
        title = title.Trim().TrimEnd(':', '：').TrimEnd();
        if (graphics is not null && title.Length > 0)
        {
            bookmarks.Add((pages.Count - 1, Y, title, level ?? TableLevel));
        }
    }

    public void NewPage(bool landscape)
    {
        graphics?.Dispose();
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = landscape ? PageOrientation.Landscape : PageOrientation.Portrait;
        pages.Add((page, Document.Header, Document.Wording));
        footnotes.Add([]);
        graphics = XGraphics.FromPdfPage(page);
        Landscape = landscape;
        Y = Top;
    }

    /// <summary>Starts a new page unless the current one has <paramref name="height"/> left in the same orientation.</summary>
    public void EnsureRoom(double height, bool landscape)
    {
        if (graphics is null || Landscape != landscape || Remaining < height)
        {
            NewPage(landscape);
        }
    }

    /// <summary>Draws every page's running header and its page number, and writes the outline.</summary>
    public void Finish()
    {
        graphics?.Dispose();
        graphics = null;
        WriteOutline();
        for (var i = 0; i < pages.Count; i++)
        {
            var (page, header, wording) = pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var width = page.Width.Point;
            var height = page.Height.Point;
            gfx.DrawText(header, Fonts.Header, XBrushes.DimGray, new XPoint(Margin, Margin + 8), XStringFormats.BaseLineLeft);
            gfx.DrawLine(new XPen(XColors.Gray, 0.4), Margin, Margin + 13, width - Margin, Margin + 13);
            DrawFootnotes(gfx, footnotes[i], height - Margin - FooterBand, width - (2 * Margin));
            gfx.DrawText(wording.PageNumber(i + 1, pages.Count), Fonts.Header, XBrushes.DimGray, new XPoint(width / 2, height - Margin - 4), XStringFormats.BaseLineCenter);
        }
    }

    /// <summary>A page's footnotes, above its footer, under a short rule, each with its mark hanging.</summary>
    private void DrawFootnotes(XGraphics g, List<(NoteModel Note, string Text)> notes, double bottom, double textWidth)
    {
        if (notes.Count == 0)
        {
            return;
        }

        var y = bottom - PlacedHeight(notes, textWidth) + 4;
        g.DrawLine(new XPen(XColors.Black, 0.4), Margin, y, Margin + 120, y);
        y += 4;
        foreach (var (note, text) in notes)
        {
            var markWidth = TextWidth.Of(note.Mark, FootnoteFonts.Body) + 4;
            g.DrawText(note.Mark, FootnoteFonts.Body, XBrushes.Black, new XPoint(Margin, y + (FootnoteFonts.LineHeight * 0.75)), XStringFormats.BaseLineLeft);
            foreach (var line in FootnoteLines(note.Mark, text, textWidth))
            {
                g.DrawText(line, FootnoteFonts.Body, XBrushes.Black, new XPoint(Margin + markWidth, y + (FootnoteFonts.LineHeight * 0.75)), XStringFormats.BaseLineLeft);
                y += FootnoteFonts.LineHeight;
            }
        }
    }

    private void WriteOutline()
    {
        var open = new List<PdfOutline>();
        foreach (var (page, y, title, level) in bookmarks)
        {
            var depth = Math.Min(level, open.Count);
            var target = pages[page].Page;
            var outline = new PdfOutline(title, target, opened: depth == 0)
            {
                PageDestinationType = PdfPageDestinationType.Xyz,
                Left = 0,
                Top = target.Height.Point - y + 4,
            };
            (depth == 0 ? document.Outlines : open[depth - 1].Outlines).Add(outline);
            open.RemoveRange(depth, open.Count - depth);
            open.Add(outline);
        }

        if (bookmarks.Count > 0)
        {
            document.PageMode = PdfPageMode.UseOutlines;
        }
    }

    public void Dispose()
    {
        graphics?.Dispose();
    }
}
