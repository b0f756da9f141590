using System.Text.RegularExpressions;
using ReportGen.Binding;
using ReportGen.Documents;

namespace ReportGen.TieOut;

/// <summary>
/// A figure in a document's running text. A bound one came from the dataset through a template filter, and
/// <see cref="Where"/> names the table cell that prints the same figure. A typed one was written by hand in the prose
/// (JPY 287 million, 31.6%): it will not follow the dataset, so the tie-out lists it for a person to check, and says
/// when it reads like a figure the tables print (then it should be a reference to the dataset).
/// </summary>
/// <param name="Block">The text's place in the document: the pack's text id, or the prose section's key.</param>
/// <param name="Where">A bound figure's table cell (<c>Table 1. Revenues › Total revenues › 2Q03</c>); for a typed figure, the table cell it equals, or null.</param>
public sealed record TextFigure(string Language, string Block, string Text, bool Bound, string? Where);

/// <summary>Finds the figures in each document's text, bound and typed.</summary>
internal static class TextFigureFinder
{
    public static IReadOnlyList<TextFigure> Find(ReleasePlan plan, IReadOnlyList<ReleaseDocument> documents)
    {
        var result = new List<TextFigure>();
        foreach (var document in documents)
        {
            var language = plan.Pack.Language(document.Language);
            var typed = TypedPattern(language);

            // The convenience rate prints through a template variable ({{ convenience.rate }}), so it is the dataset's, not typed.
            var rate = plan.Convenience?.Rate;
            var printed = Printed(document);
            foreach (var (block, runs) in TextRuns(document))
            {
                foreach (var run in runs)
                {
                    switch (run)
                    {
                        case FigureRun figure:
                            result.Add(new TextFigure(document.Language, block, figure.Text, true, figure.Source.Where));
                            break;
                        case TextRun text when typed is not null:
                            foreach (Match match in typed.Matches(text.Text))
                            {
                                var number = match.Groups["n"].Value;
                                if (rate is not null && Value(number, language.Numbers) == rate)
                                {
                                    continue;
                                }

                                var percent = match.Groups["pct"].Success;
                                result.Add(new TextFigure(document.Language, block, match.Value.Trim(), false, printed.GetValueOrDefault((number, percent))));
                            }

                            break;
                    }
                }
            }
        }

        return result;
    }

    /// <summary>The runs of every text block, with the block's id; footnotes last.</summary>
    private static IEnumerable<(string Block, IReadOnlyList<Run> Runs)> TextRuns(ReleaseDocument document)
    {
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    yield return (p.Id, p.Runs);
                    break;
                case HeadingBlock h:
                    yield return (h.Id, h.Runs);
                    break;
                case BulletListBlock l:
                    for (var i = 0; i < l.Items.Count; i++)
                    {
                        yield return (i < l.ItemIds.Count ? l.ItemIds[i] : l.Id, l.Items[i]);
                    }

                    break;
            }
        }

        foreach (var (id, note) in document.Footnotes.OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            yield return ($"footnote {note.Mark}", note.Runs.Count > 0 ? note.Runs : [new TextRun(note.Text)]);
        }
    }

    /// <summary>
    /// A typed amount in one of the language's amount patterns (<c>JPY {n} million</c>, <c>{n}百万円</c>), or a percentage in its
    /// number convention (<c>{n}%</c>); null where the pack says nothing of figures in the language's text.
    /// </summary>
    private static Regex? TypedPattern(LanguagePlan language)
    {
        if (language.Text is not { } text)
        {
            return null;
        }

        var number = $@"(?<n>\d{{1,3}}(?:{Regex.Escape(language.Numbers.Group)}\d{{3}})+(?:{Regex.Escape(language.Numbers.Decimal)}\d+)?|\d+(?:{Regex.Escape(language.Numbers.Decimal)}\d+)?)";
        string Pattern(string pattern) =>
            Regex.Escape(pattern).Replace(@"\ ", @"[\s\u00A0]?", StringComparison.Ordinal).Replace(@"\{n}", number, StringComparison.Ordinal);
        var amounts = text.Amounts.Values.SelectMany(a => a.Values).Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length).Select(Pattern);
        var percent = Pattern(language.Numbers.Percent).Replace("(?<n>", "(?<pct>)(?<n>", StringComparison.Ordinal);
        return new Regex($"(?<![\\w.,]){string.Join("|", amounts.Select(a => $"(?:{a})").Append($"(?:{percent})"))}", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static decimal? Value(string number, NumberConvention numbers) =>
        decimal.TryParse(number.Replace(numbers.Group, "", StringComparison.Ordinal).Replace(numbers.Decimal, ".", StringComparison.Ordinal), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>Every figure the document's tables print, by its number and whether it is a percentage: where a typed figure finds its twin.</summary>
    private static Dictionary<(string Number, bool Percent), string> Printed(ReleaseDocument document)
    {
        var printed = new Dictionary<(string, bool), string>();
        foreach (var table in document.Tables)
        {
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    if (row.Cells[c] is not { Value: not null } cell)
                    {
                        continue;
                    }

                    var column = table.Columns[c];
                    var percent = column.Kind is ColumnKind.Change or ColumnKind.Share;
                    if (!percent && column.Kind != ColumnKind.Value)
                    {
                        continue;
                    }

                    var display = cell.Display.Trim('(', ')', '-', '▲', ' ');
                    var header = column.Group is null ? column.Header : $"{column.Group} {column.Header}";
                    printed.TryAdd((display.TrimEnd('%').Trim(), percent), $"{table.Title} › {row.Label} › {header}");
                }
            }
        }

        return printed;
    }
}
