using PdfSharp.Drawing;
using PdfSharp.Pdf;
using ReportGen.Documents;
using ReportGen.Rendering;

namespace ReportGen.Pdf;

/// <summary>
/// Renders each language's document as an A4 PDF, and each combined document (the bilingual release) as one PDF of its
/// documents in order: the blocks in reading order, tables as <see cref="TableRenderer"/> lays them out on one column
/// grid, each statement on a page of its own in the orientation and size it reads best at, running text as
/// <see cref="ProseRenderer"/> sets it, and an outline of every heading and table.
/// </summary>
public sealed class PdfRenderer : IRenderer, IGlyphCoverage, IWarmUp
{
    /// <summary>Statement sizes: 8 pt and more on a portrait page; a landscape page may go to 7 pt before a statement spills onto a second page.</summary>
    private static readonly Fonts[] StatementSizes = [new(9, 1.32), new(8.5, 1.32), new(8, 1.32)];
    private static readonly Fonts[] LandscapeSizes = [.. StatementSizes, new(7.5, 1.3), new(7, 1.3)];
    private static readonly Fonts TableFonts = new(8.6, lineSpacing: 1.5);

    public string Format => "pdf";

    public string Description => "one A4 PDF per language, with fonts embedded, and the pack's combined documents (the bilingual release)";

    public string FontName => NotoFontResolver.Family;

    /// <remarks>A no-break space is drawn as a space (see <see cref="TextDrawing"/>), so it is covered with it.</remarks>
    public bool Covers(int codePoint) => FontCoverage.Bundled.All(c => c.Covers(codePoint == 0xA0 ? 0x20 : codePoint));

    public IEnumerable<RenderedFile> Files(DocumentSet documents) =>
        documents.Documents.Select(d => new RenderedFile(d.FileStem + ".pdf", stream => Render([d], stream)))
            .Concat(documents.Combined.Select(c => new RenderedFile(c.FileStem + ".pdf", stream => Render(c.Documents, stream))));

    /// <summary>Reads the bundled fonts and draws and saves a page of Japanese and Latin text, so that PDFsharp's code is compiled before the first real PDF.</summary>
    public void WarmUp()
    {
        NotoFontResolver.Install();
        _ = FontCoverage.Bundled;
        var pdf = new PdfDocument();
        using (var graphics = XGraphics.FromPdfPage(pdf.AddPage()))
        {
            foreach (var font in new[] { Fonts.Title, Fonts.Header, TableFonts.Body, TableFonts.Bold })
            {
                var text = "第2四半期 決算 Results (1,234) 8.7%";
                graphics.DrawString(text, font, XBrushes.Black, new XPoint(40, 40 + TextWidth.Of(text, font)));
            }
        }

        pdf.Save(new MemoryStream(), closeStream: true);
    }

    public static void Render(IReadOnlyList<ReleaseDocument> documents, Stream output)
    {
        NotoFontResolver.Install();

        // Text that points to a page (where a table or another language's part starts) is laid out twice: first to learn the page.
        var pages = new Dictionary<string, int>(StringComparer.Ordinal);
        if (documents.Any(HasPageReference))
        {
            Layout(new PdfDocument(), documents, pages);
        }

        var pdf = new PdfDocument();
        SetMetadata(pdf, documents);
        Layout(pdf, documents, pages);

        using var buffer = new MemoryStream();
        pdf.Save(buffer, closeStream: false);
        Reproducible.Normalize(buffer.ToArray(), output);
    }

    private static void Layout(PdfDocument pdf, IReadOnlyList<ReleaseDocument> documents, Dictionary<string, int> pages)
    {
        using var flow = new PageFlow(pdf);
        foreach (var (target, page) in pages)
        {
            flow.Targets[target] = page;
        }

        foreach (var document in documents)
        {
            RenderDocument(flow, document, combined: documents.Count > 1);
        }

        // The second pass prints the pages the first found; both passes lay out the same text, so they are the same pages.
        foreach (var (target, page) in flow.Targets)
        {
            pages[target] = page;
        }

        flow.Finish();
    }

    private static bool HasPageReference(ReleaseDocument document) =>
        document.Footnotes.Values.Any(n => n.Runs.OfType<PageRefRun>().Any())
        || document.Blocks.Any(b => b switch
        {
            ParagraphBlock p => p.Runs.OfType<PageRefRun>().Any(),
            BulletListBlock l => l.Items.Any(i => i.OfType<PageRefRun>().Any()),
            _ => false,
        });

    private static void RenderDocument(PageFlow flow, ReleaseDocument document, bool combined)
    {
        flow.Document = (document.Header, document.Wording);
        flow.Language = document.Language;
        flow.NewPage(landscape: false);
        flow.Target(document.Language);

        // In a combined file each document is a top-level entry of the outline; its headings and tables go under it.
        flow.SectionLevel = combined ? 1 : 0;
        flow.TableLevel = flow.SectionLevel;
        if (combined)
        {
            flow.Bookmark(document.TitleLines.Count > 0 ? document.TitleLines[0] : document.Metadata.Title, 0);
        }

        var grid = Grid(flow, document);
        var started = false;
        var blocks = document.Blocks.Where(b => combined || !b.CombinedOnly).ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            RenderException.Guard(document, document.Blocks.ToList().IndexOf(block), block, () => started = RenderBlock(flow, document, block, next, grid, started));
        }
    }

    /// <summary>Lays out one block; true when it started the page that the next block (a statement) goes on.</summary>
    private static bool RenderBlock(PageFlow flow, ReleaseDocument document, Block block, Block? next, ColumnGrid? grid, bool pageStarted)
    {
        switch (block)
        {
            case TitleBlock title:
                DrawTitle(flow, title.Lines);
                return false;
            case TableBlock { Table: { Statement: true } statement }:
                var (landscape, fonts) = StatementLayout(flow, statement);
                if (!pageStarted || flow.Landscape != landscape)
                {
                    flow.NewPage(landscape);
                }

                new TableRenderer(flow, fonts, statement, flow.Width).Render();
                return false;
            case TableBlock { Table: var table }:
                new TableRenderer(flow, TableFonts, table, flow.Width, grid).Render();
                return false;
            case PageBreakBlock pageBreak:
                flow.NewPage(pageBreak.Landscape);
                return false;
            case HeadingBlock when next is TableBlock { Table: { Statement: true } statement }:
                // A heading over a statement goes on the statement's own page.
                flow.NewPage(StatementLayout(flow, statement).Landscape);
                ProseRenderer.Render(flow, document, block, keepWithNext: 0);
                return true;
            case HeadingBlock:
                ProseRenderer.Render(flow, document, block, keepWithNext: StartHeight(flow, next, grid));
                return false;
            default:
                ProseRenderer.Render(flow, document, block, keepWithNext: 0);
                return false;
        }
    }

    /// <summary>The room the start of a block needs, so that a heading is never the last line of a page.</summary>
    private static double StartHeight(PageFlow flow, Block? block, ColumnGrid? grid) => block switch
    {
        TableBlock { Table: var table } => new TableRenderer(flow, TableFonts, table, flow.Width, grid).StartHeight(),
        null => 0,
        _ => ProseRenderer.LineHeight * 2,
    };

    /// <summary>
    /// A statement's page and size: portrait where it fits whole on the page at 9, 8.5 or 8 pt with no label on more than
    /// two lines, then three; else landscape on the same terms down to 7 pt; else landscape at 8 pt over as many pages as
    /// it takes.
    /// </summary>
    private static (bool Landscape, Fonts Fonts) StatementLayout(PageFlow flow, TableModel table)
    {
        foreach (var landscape in new[] { false, true })
        {
            foreach (var lines in new[] { 2, 3 })
            {
                foreach (var fonts in landscape ? LandscapeSizes : StatementSizes)
                {
                    var renderer = new TableRenderer(flow, fonts, table, PageWidth(landscape));
                    if (renderer.TotalHeight() <= PageHeight(landscape) && renderer.LongestLabel <= lines)
                    {
                        return (landscape, fonts);
                    }
                }
            }
        }

        return (true, StatementSizes[^1]);
    }

    /// <summary>
    /// The column grid the document's tables other than statements share, so that tables stacked on a page line up: the
    /// widest labels, and figure columns as wide as the widest needs, widened to fill the line up to half again.
    /// </summary>
    private static ColumnGrid? Grid(PageFlow flow, ReleaseDocument document)
    {
        var tables = document.Tables.Where(t => !t.Statement && t.Columns.Count > 0).ToList();
        if (tables.Count < 2)
        {
            return null;
        }

        var width = PageWidth(landscape: false);
        var renderers = tables.Select(t => new TableRenderer(flow, TableFonts, t, width)).ToList();
        var label = renderers.Max(r => r.NaturalLabelWidth);
        var figure = renderers.Max(r => r.NaturalFigureWidth);
        var columns = tables.Max(t => t.Columns.Count);
        if (label + (columns * figure) > width)
        {
            return null;
        }

        return new ColumnGrid(label, Math.Min((width - label) / columns, figure * 1.5));
    }

    private static double PageWidth(bool landscape) => (landscape ? 841.89 : 595.28) - (2 * PageFlow.Margin);

    private static double PageHeight(bool landscape) => (landscape ? 595.28 : 841.89) - (2 * PageFlow.Margin) - PageFlow.HeaderBand - PageFlow.FooterBand;

    private static void DrawTitle(PageFlow flow, IReadOnlyList<string> lines)
    {
        var g = flow.Graphics;
        for (var i = 0; i < lines.Count; i++)
        {
            var font = i == 0 ? Fonts.Title : Fonts.Subtitle;
            foreach (var line in LineBreaker.Break(lines[i], flow.Width, s => TextWidth.Of(s, font)))
            {
                flow.Y += font.Size * 1.5;
                g.DrawText(line, font, XBrushes.Black, new XPoint(flow.Left, flow.Y), XStringFormats.BaseLineLeft);
            }
        }

        flow.Y += 8;
        g.DrawLine(new XPen(XColors.Black, 0.8), flow.Left, flow.Y, flow.Right, flow.Y);
        flow.Y += 14;
    }

    private static void SetMetadata(PdfDocument pdf, IReadOnlyList<ReleaseDocument> documents)
    {
        var first = documents[0].Metadata;
        pdf.Info.Title = string.Join(" / ", documents.Select(d => d.Metadata.Title));
        pdf.Info.Author = string.Join(" / ", documents.Select(d => d.Metadata.Author).Distinct(StringComparer.Ordinal));
        pdf.Info.Subject = string.Join(" / ", documents.Select(d => d.Metadata.Subject));
        pdf.Info.Keywords = first.Keywords;
        pdf.Info.Creator = "ReportGen";
        pdf.Info.CreationDate = first.Created.UtcDateTime;
        pdf.Info.ModificationDate = first.Created.UtcDateTime;
        pdf.Language = first.Language;
        pdf.PageLayout = PdfPageLayout.SinglePage;
        pdf.ViewerPreferences.DisplayDocTitle = true;

        // The file identifier comes from the content's identity, not from a random GUID.
        var id = Reproducible.IdentifierOf(pdf.Info.Title + "|" + first.Keywords + "|" + first.Created.ToUnixTimeSeconds());
        pdf.Internals.FirstDocumentID = id;
        pdf.Internals.SecondDocumentID = id;
    }
}
