using PdfSharp.Drawing;
using PdfSharp.Pdf;
using ReportGen.Model;

namespace ReportGen.Pdf;

/// <summary>
/// Renders one or more language documents, in order, as a single A4 PDF: a title block, then each table as
/// <see cref="TableRenderer"/> lays it out; statements on landscape pages. Given the Japanese and the English documents it
/// makes the bilingual release in the reference's order.
/// </summary>
public static class PdfRenderer
{
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
        var portrait = document.Tables.Count > 0 && document.Tables[0].Landscape;
        flow.NewPage(portrait, document.Header);
        DrawTitle(flow, document);
        foreach (var table in document.Tables)
        {
            // A statement is wide and long: it starts its own landscape page, in the largest of a few sizes that fits the
            // page whole; a statement too long for the smallest continues on the next page under repeated headers.
            if (table.Landscape)
            {
                flow.NewPage(landscape: true, document.Header);
            }

            var width = flow.Landscape == table.Landscape ? flow.Width : LandscapeWidth(table.Landscape);
            var sizes = table.Landscape ? StatementSizes : [new Fonts(8.6, lineSpacing: 1.5)];
            var renderer = sizes
                .Select(fonts => new TableRenderer(flow, fonts, document.Header, table, width))
                .FirstOrDefault(r => r.TotalHeight() <= flow.Bottom - flow.Top)
                ?? new TableRenderer(flow, sizes[^1], document.Header, table, width);
            renderer.Render();
        }
    }

    private static readonly Fonts[] StatementSizes = [new(7.4, 1.38), new(7.0, 1.34), new(6.6, 1.32)];

    private static double LandscapeWidth(bool landscape) =>
        (landscape ? 841.89 : 595.28) - (2 * PageFlow.Margin);

    private static void DrawTitle(PageFlow flow, ReleaseDocument document)
    {
        var g = flow.Graphics;
        for (var i = 0; i < document.TitleLines.Count; i++)
        {
            var font = i == 0 ? Fonts.Title : Fonts.Subtitle;
            foreach (var line in LineBreaker.Break(document.TitleLines[i], flow.Width, s => flow.Measurer.MeasureString(s, font).Width))
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
