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
public sealed class PdfRenderer : IRenderer
{
    private static readonly Fonts[] StatementSizes = [new(7.4, 1.38), new(7.0, 1.34), new(6.6, 1.32)];

    public string Format => "pdf";

    public string Description => "one A4 PDF per language, with fonts embedded, and the pack's combined documents (the bilingual release)";

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
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            var block = document.Blocks[i];
            RenderException.Guard(document, i, block, () => RenderBlock(flow, block));
        }
    }

    private static void RenderBlock(PageFlow flow, Block block)
    {
        switch (block)
        {
            case TitleBlock title:
                DrawTitle(flow, title.Lines);
                break;
            case TableBlock { Table: var table }:
                RenderTable(flow, table);
                break;
            case PageBreakBlock pageBreak:
                flow.NewPage(pageBreak.Landscape);
                break;
            default:
                ProseRenderer.Render(flow, block);
                break;
        }
    }

    private static void RenderTable(PageFlow flow, TableModel table)
    {
        // A statement is wide and long: it starts its own landscape page, in the largest of a few sizes that fits the
        // page whole; a statement too long for the smallest continues on the next page under repeated headers.
        if (table.Landscape)
        {
            flow.NewPage(landscape: true);
        }

        var width = flow.Landscape == table.Landscape ? flow.Width : LandscapeWidth(table.Landscape);
        var sizes = table.Landscape ? StatementSizes : [new Fonts(8.6, lineSpacing: 1.5)];
        var renderer = sizes
            .Select(fonts => new TableRenderer(flow, fonts, table, width))
            .FirstOrDefault(r => r.TotalHeight() <= flow.Bottom - flow.Top)
            ?? new TableRenderer(flow, sizes[^1], table, width);
        renderer.Render();
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
                g.DrawString(line, font, XBrushes.Black, new XPoint(flow.Left, flow.Y), XStringFormats.BaseLineLeft);
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
