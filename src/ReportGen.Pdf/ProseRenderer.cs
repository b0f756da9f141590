using PdfSharp.Drawing;
using ReportGen.Binding;
using ReportGen.Documents;

namespace ReportGen.Pdf;

/// <summary>
/// Sets running text: headings by level, paragraphs (body, quote, small, right-aligned), bullet lists and notes, wrapped to
/// the page width. Figures print as their words; footnote markers as superscripts, their footnotes at the foot of the
/// page the marker lands on; a line never splits across pages, and a heading keeps with what follows it.
/// </summary>
internal static class ProseRenderer
{
    private static readonly Fonts Text = new(9.5, lineSpacing: 1.45);
    private static readonly Fonts Small = new(8, lineSpacing: 1.35);
    private static readonly XFont[] Headings =
    [
        new(NotoFontResolver.Family, 11.5, XFontStyleEx.Bold, new XPdfFontOptions(PdfSharp.Pdf.PdfFontEncoding.Unicode)),
        new(NotoFontResolver.Family, 10, XFontStyleEx.Bold, new XPdfFontOptions(PdfSharp.Pdf.PdfFontEncoding.Unicode)),
        new(NotoFontResolver.Family, 9.5, XFontStyleEx.Bold, new XPdfFontOptions(PdfSharp.Pdf.PdfFontEncoding.Unicode)),
    ];

    private const double BulletIndent = 14;
    private const double QuoteIndent = 18;

    public static double LineHeight => Text.LineHeight;

    /// <param name="keepWithNext">The room the next block needs at its start, kept on the same page as a heading.</param>
    public static void Render(PageFlow flow, ReleaseDocument document, Block block, double keepWithNext)
    {
        switch (block)
        {
            case HeadingBlock heading:
                var font = Headings[heading.Level - 1];
                flow.EnsureRoom((Text.LineHeight * 3) + keepWithNext, flow.Landscape);
                flow.Bookmark(heading.Text, flow.SectionLevel + heading.Level - 1);
                flow.TableLevel = flow.SectionLevel + heading.Level;
                flow.Y += Text.LineHeight * (heading.Level == 1 ? 0.8 : 0.4);
                Lines(flow, document, heading.Runs, font, Text, 0, 0, right: false);
                flow.Y += Text.LineHeight * 0.15;
                break;
            case ParagraphBlock paragraph:
                var fonts = paragraph.Style == ParagraphStyle.Small ? Small : Text;
                var indent = paragraph.Style == ParagraphStyle.Quote ? QuoteIndent : 0;
                Lines(flow, document, paragraph.Runs, fonts.Body, fonts, indent, indent, paragraph.Style == ParagraphStyle.Right);
                flow.Y += fonts.LineHeight * 0.5;
                break;
            case BulletListBlock list:
                foreach (var item in list.Items)
                {
                    Lines(flow, document, item, Text.Body, Text, BulletIndent, 0, right: false, bullet: document.Wording.Bullet);
                    flow.Y += Text.LineHeight * 0.3;
                }

                flow.Y += Text.LineHeight * 0.3;
                break;
            case NotesBlock notes:
                foreach (var note in notes.Notes)
                {
                    Lines(flow, document, [new TextRun($"{note.Mark} {note.Text}")], Small.Body, Small, 0, 0, right: false);
                }

                flow.Y += Text.LineHeight * 0.5;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block, "Not a block of running text.");
        }
    }

    /// <summary>
    /// Sets runs as lines: each line is broken by <see cref="LineBreaker"/> on the plain text, then drawn piece by piece
    /// (superscript markers smaller and raised). A line starts a new page when it and the footnotes it marks do not fit.
    /// </summary>
    private static void Lines(PageFlow flow, ReleaseDocument document, IReadOnlyList<Run> runs, XFont font, Fonts fonts, double indent, double rightIndent, bool right, string? bullet = null)
    {
        var width = flow.Width - indent - rightIndent;
        var first = true;
        foreach (var segment in Segments(runs, flow))
        {
            var text = string.Concat(segment.Select(p => p.Text));
            var keep = new List<(int Start, int Length)>();
            var at = 0;
            foreach (var piece in segment)
            {
                if (piece.Keep)
                {
                    keep.Add((at, piece.Text.Length));
                }

                at += piece.Text.Length;
            }

            var position = 0;
            var all = LineBreaker.Break(text, width, s => TextWidth.Of(s, font), keep);
            for (var i = 0; i < all.Count; i++)
            {
                var line = all[i];
                var start = text.IndexOf(line, position, StringComparison.Ordinal);
                position = start + line.Length;
                var pieces = Slice(segment, start, line.Length);
                var notes = flow.NewFootnotes(pieces.Where(p => p.Note is not null).Select(p => document.Footnotes.GetValueOrDefault(p.Note!)).OfType<NoteModel>());
                if (KeepTogether(flow, fonts.LineHeight, all.Count - i, first: i == 0))
                {
                    flow.NewPage(flow.Landscape);
                }

                flow.EnsureRoom(fonts.LineHeight + flow.FootnotesHeight(notes), flow.Landscape);
                flow.PlaceFootnotes(notes);
                var baseline = flow.Y + (fonts.LineHeight * 0.72);
                if (first && bullet is not null)
                {
                    flow.Graphics.DrawText(bullet, font, XBrushes.Black, new XPoint(flow.Left + 3, baseline), XStringFormats.BaseLineLeft);
                }

                var x = right ? flow.Right - rightIndent - Measure(flow, pieces, font) : flow.Left + indent;
                foreach (var piece in pieces)
                {
                    var pieceFont = piece.Note is null ? font : fonts.Mark;
                    var y = piece.Note is null ? baseline : baseline - (font.Size * 0.35);
                    flow.Graphics.DrawText(piece.Text, pieceFont, XBrushes.Black, new XPoint(x, y), XStringFormats.BaseLineLeft);
                    x += TextWidth.Of(piece.Text, pieceFont);
                }

                flow.Y += fonts.LineHeight;
                first = false;
            }
        }
    }

    /// <summary>
    /// Widows and orphans: the first line of a paragraph does not stand alone at the foot of a page, and its last line does
    /// not stand alone at the top of the next; the page breaks a line earlier so that two lines go over.
    /// </summary>
    /// <param name="left">The lines of the paragraph from this one on.</param>
    private static bool KeepTogether(PageFlow flow, double lineHeight, int left, bool first)
    {
        var fit = (int)Math.Floor(flow.Remaining / lineHeight);
        return fit == 1 && (first ? left >= 2 : left == 2);
    }

    /// <summary>A piece of a line: text, or a footnote marker (<see cref="Note"/> its footnote's id).</summary>
    private sealed record Piece(string Text, string? Note, bool Keep = false);

    /// <summary>The runs as pieces, cut at line breaks; a page reference prints the page its table or document starts on.</summary>
    private static List<List<Piece>> Segments(IReadOnlyList<Run> runs, PageFlow flow)
    {
        var segments = new List<List<Piece>> { new() };
        foreach (var run in runs)
        {
            switch (run)
            {
                case LineBreakRun:
                    segments.Add([]);
                    break;
                case NoteMarkRun mark:
                    segments[^1].Add(new Piece(mark.Text, mark.Footnote));
                    break;
                case PageRefRun reference:
                    segments[^1].Add(new Piece(flow.PageOf(reference), null));
                    break;
                case FigureRun figure:
                    segments[^1].Add(new Piece(figure.Text, null, Keep: true));
                    break;
                default:
                    segments[^1].Add(new Piece(run.Text, null));
                    break;
            }
        }

        return segments.Where(s => s.Count > 0).ToList();
    }

    /// <summary>The pieces that cover characters <paramref name="start"/> to <paramref name="start"/> + <paramref name="length"/> of their text.</summary>
    private static List<Piece> Slice(List<Piece> pieces, int start, int length)
    {
        var result = new List<Piece>();
        var offset = 0;
        foreach (var piece in pieces)
        {
            var from = Math.Max(start, offset);
            var to = Math.Min(start + length, offset + piece.Text.Length);
            if (to > from)
            {
                result.Add(piece with { Text = piece.Text[(from - offset)..(to - offset)] });
            }

            offset += piece.Text.Length;
        }

        return result;
    }

    private static double Measure(PageFlow flow, List<Piece> pieces, XFont font) =>
        pieces.Sum(p => TextWidth.Of(p.Text, font));
}
