using PdfSharp.Drawing;
using PdfSharp.Pdf;
using ReportGen.Documents;
using ReportGen.Rendering;

namespace ReportGen.Pdf;

/// <summary>
/// Renders each language's document as an A4 PDF, and each combined document (the bilingual release) as one PDF of its
/// documents in order: the blocks in reading order, tables as <see cref="TableRenderer"/> lays them out, statements on
/// landscape pages, running text as <see cref="ProseRenderer"/> sets it.
/// </summary>
public sealed class PdfRenderer : IRenderer, IGlyphCoverage
{
    private static readonly Fonts[] StatementSizes = [new(7.4, 1.38), new(7.0, 1.34), new(6.6, 1.32)];

    public string Format => "pdf";

    public string Description => "one A4 PDF per language, with fonts embedded, and the pack's combined documents (the bilingual release)";

    public string FontName => NotoFontResolver.Family;

    /// <remarks>A no-break space is drawn as a space (see <see cref="TextDrawing"/>), so it is covered with it.</remarks>
    public bool Covers(int codePoint) => FontCoverage.Bundled.All(c => c.Covers(codePoint == 0xA0 ? 0x20 : codePoint));

    public IEnumerable<RenderedFile> Files(DocumentSet documents) =>
        documents.Documents.Select(d => new RenderedFile(d.FileStem + ".pdf", stream => Render([d], stream)))
            .Concat(documents.Combined.Select(c => new RenderedFile(c.FileStem + ".pdf", stream => Render(c.Documents, stream))));

    public static void Render(IReadOnlyList<ReleaseDocument> documents, Stream output)
    {
        NotoFontResolver.Install();
        var pdf = new PdfDocument();
        SetMetadata(pdf, documents);

        using (var flow = new PageFlow(pdf))
        {
            foreach (var document in documents)
            {
                RenderDocument(flow, document);
            }

            flow.Finish();
        }

        using var buffer = new MemoryStream();
        pdf.Save(buffer, closeStream: false);
        Reproducible.Normalize(buffer.ToArray(), output);
    }

    private static void RenderDocument(PageFlow flow, ReleaseDocument document)
    {
        flow.Document = (document.Header, document.Wording);
        flow.NewPage(document.Tables.FirstOrDefault()?.Landscape ?? false);
        var landscapeStarted = false;
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            var block = document.Blocks[i];
            var next = i + 1 < document.Blocks.Count ? document.Blocks[i + 1] : null;
            RenderException.Guard(document, i, block, () => landscapeStarted = RenderBlock(flow, block, next, landscapeStarted));
        }
    }

    /// <summary>Lays out one block; true when it started the landscape page that the next block (a statement) goes on.</summary>
    private static bool RenderBlock(PageFlow flow, Block block, Block? next, bool landscapeStarted)
    {
        switch (block)
        {
            case TitleBlock title:
                DrawTitle(flow, title.Lines);
                return false;
            case TableBlock { Table: var table }:
                RenderTable(flow, table, landscapeStarted);
                return false;
            case PageBreakBlock pageBreak:
                flow.NewPage(pageBreak.Landscape);
                return false;
            case HeadingBlock when next is TableBlock { Table.Landscape: true }:
                // A heading over a statement goes on the statement's own landscape page.
                flow.NewPage(landscape: true);
                ProseRenderer.Render(flow, block, keepWithNext: 0);
                return true;
            case HeadingBlock:
                ProseRenderer.Render(flow, block, keepWithNext: StartHeight(flow, next));
                return false;
            default:
                ProseRenderer.Render(flow, block, keepWithNext: 0);
                return false;
        }
    }

    /// <summary>The room the start of a block needs, so that a heading is never the last line of a page.</summary>
    private static double StartHeight(PageFlow flow, Block? block) => block switch
    {
        TableBlock { Table: var table } => Sized(flow, table).StartHeight(),
        null => 0,
        _ => ProseRenderer.LineHeight * 2,
    };

    private static void RenderTable(PageFlow flow, TableModel table, bool landscapeStarted)
    {
        // A statement is wide and long: it starts its own landscape page, in the largest of a few sizes that fits the
        // page whole; a statement too long for the smallest continues on the next page under repeated headers.
        if (table.Landscape && !landscapeStarted)
        {
            flow.NewPage(landscape: true);
        }

        Sized(flow, table).Render();
    }

    private static TableRenderer Sized(PageFlow flow, TableModel table)
    {
        var width = flow.Landscape == table.Landscape ? flow.Width : LandscapeWidth(table.Landscape);
        var sizes = table.Landscape ? StatementSizes : [new Fonts(8.6, lineSpacing: 1.5)];
        return sizes
            .Select(fonts => new TableRenderer(flow, fonts, table, width))
            .FirstOrDefault(r => r.TotalHeight() <= flow.Bottom - flow.Top)
            ?? new TableRenderer(flow, sizes[^1], table, width);
    }

    private static double LandscapeWidth(bool landscape) =>
        (landscape ? 841.89 : 595.28) - (2 * PageFlow.Margin);

    private static void DrawTitle(PageFlow flow, IReadOnlyList<string> lines)
    {
        var g = flow.Graphics;
        for (var i = 0; i < lines.Count; i++)
        {
            var font = i == 0 ? Fonts.Title : Fonts.Subtitle;
            foreach (var line in LineBreaker.Break(lines[i], flow.Width, s => flow.Measurer.MeasureString(s, font).Width))
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
