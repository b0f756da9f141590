using System.Globalization;
using ReportGen.Diagnostics;

namespace ReportGen.Input;

/// <summary>One row of figures as a release printed them: a table id, an item id, the printed texts in column order.</summary>
internal sealed record PublishedRow(string Table, string Item, IReadOnlyList<string> Figures, SourceLocation Location);

/// <summary>
/// Reads a file of published figures: tab-separated, one row per printed table row (<c>table, item, figures…</c>), lines
/// starting with # ignored. Blank printed figures are left out, so the figures match the row's non-blank cells in order.
/// A row whose first figure is <c>@PERIOD</c> gives one period's amounts and shares only: last quarter's release, whose
/// periods are this quarter's comparatives (a build writes such a file of what it printed: <c>&lt;job&gt;-published.tsv</c>).
/// </summary>
internal static class PublishedFigures
{
    public static IReadOnlyList<PublishedRow> Load(string path)
    {
        var bytes = InputFile.ReadAllBytes(path, "published figures file", Limits.PublishedBytes);
        if (InputFile.FirstInvalidUtf8(bytes) is { } bad)
        {
            throw new ReportGenException(Messages.NotUtf8(new SourceLocation(path, bad.Line, bad.Column), "published figures file"));
        }

        var rows = new List<PublishedRow>();
        var number = 0;
        using var reader = new StringReader(new System.Text.UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF'));
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            if (number > Limits.PublishedRows)
            {
                throw new ReportGenException(Messages.PackInvalid(new SourceLocation(path, number, 1), $"a published figures file has at most {Limits.PublishedRows.ToString("#,##0", CultureInfo.InvariantCulture)} lines"));
            }

            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length < 3)
            {
                throw new ReportGenException(Messages.PackInvalid(new SourceLocation(path, number, 1), "a published row needs a table id, an item id and at least one figure, separated by tabs"));
            }

            rows.Add(new PublishedRow(parts[0], parts[1], parts[2..], new SourceLocation(path, number, 1)));
        }

        return rows;
    }

    /// <summary>The number a printed figure stands for: <c>(8.7%)</c> is −8.7; <c>-</c> and blanks are null.</summary>
    public static decimal? Parse(string printed)
    {
        var text = printed.Trim();
        var negative = text.StartsWith('(') && text.EndsWith(')');
        text = text.Trim('(', ')').TrimEnd('%').Replace(",", "", StringComparison.Ordinal);
        // A figure no release prints (beyond 10^18) is not a number to compare with: it is reported as it stands.
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || Math.Abs(value) > Limits.BaseMagnitude)
        {
            return null;
        }

        return negative ? -value : value;
    }
}
