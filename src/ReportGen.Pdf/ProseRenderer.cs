using PdfSharp.Drawing;
using ReportGen.Documents;

namespace ReportGen.Pdf;

/// <summary>Sets running text: headings, paragraphs, bullet lists and notes, wrapped to the page width, never split mid-line.</summary>
internal static class ProseRenderer
{
    private static readonly Fonts Text = new(9.5, lineSpacing: 1.45);
    private const double BulletIndent = 14;

    public static double LineHeight => Text.LineHeight;

    /// <param name="keepWithNext">The room the next block needs at its start, kept on the same page as a heading.</param>
    public static void Render(PageFlow flow, Block block, double keepWithNext)
    {
        switch (block)
        {
            case HeadingBlock heading:
                flow.EnsureRoom((Text.LineHeight * 2) + keepWithNext, flow.Landscape);
                flow.Bookmark(heading.Text, flow.SectionLevel);
                flow.TableLevel = flow.SectionLevel + 1;
                flow.Y += Text.LineHeight * 0.6;
                Lines(flow, heading.Text, Text.Bold, 0);
                flow.Y += Text.LineHeight * 0.2;
                break;
            case ParagraphBlock paragraph:
                Lines(flow, Plain(paragraph.Runs), Text.Body, 0);
                flow.Y += Text.LineHeight * 0.5;
                break;
            case BulletListBlock list:
                foreach (var item in list.Items)
                {
                    flow.EnsureRoom(Text.LineHeight, flow.Landscape);
                    flow.Graphics.DrawText("•", Text.Body, XBrushes.Black, new XPoint(flow.Left + 3, flow.Y + (Text.LineHeight * 0.72)), XStringFormats.BaseLineLeft);
                    Lines(flow, Plain(item), Text.Body, BulletIndent);
                    flow.Y += Text.LineHeight * 0.3;
                }

                flow.Y += Text.LineHeight * 0.3;
                break;
            case NotesBlock notes:
                foreach (var note in notes.Notes)
                {
                    Lines(flow, $"{note.Mark} {note.Text}", Text.Note, 0);
                }

                flow.Y += Text.LineHeight * 0.5;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block, "Not a block of running text.");
        }
    }

    private static string Plain(IReadOnlyList<Run> runs) => string.Concat(runs.Select(r => r.Text));

    private static void Lines(PageFlow flow, string text, XFont font, double indent)
    {
        var width = flow.Width - indent;
        foreach (var line in LineBreaker.Break(text, width, s => flow.Measurer.MeasureString(s, font).Width))
        {
            flow.EnsureRoom(Text.LineHeight, flow.Landscape);
            flow.Graphics.DrawText(line, font, XBrushes.Black, new XPoint(flow.Left + indent, flow.Y + (Text.LineHeight * 0.72)), XStringFormats.BaseLineLeft);
            flow.Y += Text.LineHeight;
        }
    }
}
