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
