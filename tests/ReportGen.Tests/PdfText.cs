using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReportGen.Tests;

/// <summary>The text of a PDF as a reader copying it gets it: words grouped into lines by baseline, left to right.</summary>
internal static class PdfText
{
    public static List<List<string>> Lines(string path)
    {
        using var document = PdfDocument.Open(path);
        var lines = new List<List<string>>();
        foreach (var page in document.GetPages())
        {
            var words = page.GetWords().ToList();
            foreach (var line in words.GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y, 1)).OrderByDescending(g => g.Key))
            {
                lines.Add(line.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text).ToList());
            }
        }

        return lines;
    }

    public static string All(string path)
    {
        using var document = PdfDocument.Open(path);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    /// <summary>
    /// The running text as a reader reads it, page after page: without the running header, the page numbers and the
    /// footnotes at the page's foot (all set at 7.5 pt), so a paragraph that continues on the next page reads on. Letters
    /// within a few points of one baseline are one line (a raised footnote marker stays with its word); lines are
    /// joined by a space.
    /// </summary>
    public static string Body(string path) => Text(path, footnotes: false);

    /// <summary>The footnotes at the pages' feet, in order, as <see cref="Body"/> reads the running text.</summary>
    public static string Footnotes(string path) => Text(path, footnotes: true);

    private static string Text(string path, bool footnotes)
    {
        using var document = PdfDocument.Open(path);
        var lines = new List<string>();
        foreach (var page in document.GetPages())
        {
            var small = page.Letters.Where(l => Math.Abs(l.PointSize - 7.5) < 0.01).ToList();
            var letters = footnotes
                ? small.Where(l => l.StartBaseLine.Y < page.Height - 60 && l.StartBaseLine.Y > 50)
                : page.Letters.Except(small);
            var line = new List<Letter>();
            double? top = null;
            foreach (var letter in letters.OrderByDescending(l => l.StartBaseLine.Y))
            {
                if (top is { } y && y - letter.StartBaseLine.Y > 4.5)
                {
                    lines.Add(Line(line));
                    line.Clear();
                    top = null;
                }

                top ??= letter.StartBaseLine.Y;
                line.Add(letter);
            }

            if (line.Count > 0)
            {
                lines.Add(Line(line));
            }
        }

        return string.Join(" ", lines);
    }

    /// <summary>A line's letters left to right, a space where the page leaves a gap (between a note's lead and its text, between columns).</summary>
    private static string Line(List<Letter> letters)
    {
        var text = new System.Text.StringBuilder();
        Letter? previous = null;
        foreach (var letter in letters.OrderBy(l => l.StartBaseLine.X))
        {
            if (previous is not null && letter.Value != " " && previous.Value != " " && letter.StartBaseLine.X - previous.EndBaseLine.X > previous.PointSize * 0.2)
            {
                text.Append(' ');
            }

            text.Append(letter.Value);
            previous = letter;
        }

        return text.ToString();
    }

    /// <summary>Every drawn character in order, spaces of every kind as drawn (a non-breaking space stays one).</summary>
    public static string Letters(string path)
    {
        using var document = PdfDocument.Open(path);
        return string.Join("\n", document.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value))));
    }

    /// <summary>What a row's line starts with: its lead (a tier's group) and its label.</summary>
    public static string LineLabel(ReportGen.Documents.RowModel row) => row.Lead is null ? row.Label : $"{row.Lead} {row.Label}";

    /// <summary>Is there a line that ends with exactly these figures, after a label ending as <paramref name="label"/> does?</summary>
    public static bool HasRow(List<List<string>> lines, string label, IReadOnlyList<string> figures) =>
        lines.Any(line =>
            line.Count >= figures.Count
            && line.Skip(line.Count - figures.Count).SequenceEqual(figures)
            && ReferenceText.Squeeze(label).EndsWith(ReferenceText.Squeeze(string.Concat(line.Take(line.Count - figures.Count))), StringComparison.Ordinal));
}
