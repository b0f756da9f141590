using System.Text.RegularExpressions;
using ReportGen.Binding;
using ReportGen.Documents;
using ReportGen.Evaluation;

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
    /// <param name="values">The release's figures, exact: a typed amount within rounding of one of them is named; without them, only printed cells are compared.</param>
    public static IReadOnlyList<TextFigure> Find(ReleasePlan plan, IReadOnlyList<ReleaseDocument> documents, ItemValues? values = null)
    {
        var result = new List<TextFigure>();
        foreach (var document in documents)
        {
            var language = plan.Pack.Language(document.Language);
            var typed = Typed.For(language);

            // The convenience rate prints through a template variable ({{ convenience.rate }}), so it is the dataset's, not typed.
            var rate = plan.Convenience?.Rate;
            var printed = Printed(document);
            var labels = document.Data.Rows.ToDictionary(r => r.Item, r => r.Label, StringComparer.Ordinal);
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
                            foreach (var match in typed.Matches(text.Text))
                            {
                                if (rate is not null && match.Parsed == rate)
                                {
                                    continue;
                                }

                                // Within rounding only for a figure of three significant digits or more: a round JPY 1.6 billion
                                // is near some figure of any statement by chance.
                                var twin = printed.GetValueOrDefault((match.Number, match.Amount is null))
                                    ?? (match.Amount is { } amount && values is not null && Significant(match.Number) >= 3 ? Within(plan, values, labels, amount) : null);
                                result.Add(new TextFigure(document.Language, block, match.Text, false, twin));
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

    private static int Significant(string number)
    {
        var digits = new string(number.Where(char.IsAsciiDigit).ToArray()).TrimStart('0');
        return (number.Any(c => !char.IsAsciiDigit(c) && c != ',' && c != ' ') ? digits : digits.TrimEnd('0')).Length;
    }

    /// <summary>A figure of the dataset that a typed amount equals once rounded as it is typed: JPY 9.2 billion is 9,185,415 thousand.</summary>
    /// <param name="labels">The document's data-sheet labels by item.</param>
    private static string? Within(ReleasePlan plan, ItemValues values, IReadOnlyDictionary<string, string> labels, TypedAmount amount)
    {
        foreach (var item in plan.Facts.Select(f => f.Id).Concat(plan.Pack.Derived.Select(d => d.Id)))
        {
            if (values.UnitOf(item) is not { IsMoney: true } unit || unit.Currency != amount.Currency)
            {
                continue;
            }

            foreach (var period in plan.Periods)
            {
                if (values.Get(item, period.Key) is { } exact && exact != 0 && Math.Abs(Math.Abs(exact) - amount.Value) <= amount.HalfUnit)
                {
                    return $"{labels.GetValueOrDefault(item) ?? item}, {period.Key} (within rounding)";
                }
            }
        }

        return null;
    }

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

/// <summary>An amount typed in text, in currency units, and half the last unit it is typed to (the rounding it may hide).</summary>
internal sealed record TypedAmount(string Currency, decimal Value, decimal HalfUnit);

/// <summary>A figure typed in text: its words, its number as written, and the amount it is when it is one (a percentage is not).</summary>
internal sealed record TypedMatch(string Text, string Number, decimal? Parsed, TypedAmount? Amount);

/// <summary>
/// The typed figures of one language: an amount in one of its amount patterns (<c>JPY {n} million</c>, <c>{n}百万円</c>),
/// or a percentage in its number convention (<c>{n}%</c>).
/// </summary>
internal sealed class Typed
{
    private readonly Regex regex;
    private readonly List<(string Currency, Scale Scale)> amounts;
    private readonly NumberConvention numbers;

    private Typed(Regex regex, List<(string, Scale)> amounts, NumberConvention numbers)
    {
        this.regex = regex;
        this.amounts = amounts;
        this.numbers = numbers;
    }

    /// <summary>None where the pack says nothing of figures in the language's text.</summary>
    public static Typed? For(LanguagePlan language)
    {
        if (language.Text is not { } text)
        {
            return null;
        }

        var numbers = language.Numbers;
        var number = $@"(?<n>\d{{1,3}}(?:{Regex.Escape(numbers.Group)}\d{{3}})+(?:{Regex.Escape(numbers.Decimal)}\d+)?|\d+(?:{Regex.Escape(numbers.Decimal)}\d+)?)";
        string Pattern(string pattern) =>
            Regex.Escape(pattern).Replace(@"\ ", @"[\s\u00A0]?", StringComparison.Ordinal).Replace(@"\{n}", number, StringComparison.Ordinal);
        var amounts = text.Amounts.SelectMany(c => c.Value.Select(s => (Currency: c.Key, Scale: s.Key, Pattern: s.Value)))
            .OrderByDescending(a => a.Pattern.Length).ThenBy(a => a.Pattern, StringComparer.Ordinal).ToList();
        var alternatives = amounts.Select((a, i) => $"(?<a{i}>{Pattern(a.Pattern)})").Append($"(?<pct>{Pattern(numbers.Percent)})");
        var regex = new Regex($"(?<![\\w.,])(?:{string.Join("|", alternatives)})", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return new Typed(regex, amounts.Select(a => (a.Currency, a.Scale)).ToList(), numbers);
    }

    public IEnumerable<TypedMatch> Matches(string text)
    {
        foreach (Match match in regex.Matches(text))
        {
            var number = match.Groups["n"].Value;
            TypedAmount? amount = null;
            for (var i = 0; i < amounts.Count; i++)
            {
                if (match.Groups[$"a{i}"].Success && Parse(number) is { } value)
                {
                    var decimals = number.Contains(numbers.Decimal, StringComparison.Ordinal) ? number.Length - number.IndexOf(numbers.Decimal, StringComparison.Ordinal) - numbers.Decimal.Length : 0;
                    var factor = amounts[i].Scale.Factor();
                    var half = factor / 2m;
                    for (var d = 0; d < decimals; d++)
                    {
                        half /= 10m;
                    }

                    amount = new TypedAmount(amounts[i].Currency, value * factor, half);
                }
            }

            yield return new TypedMatch(match.Value.Trim(), number, Parse(number), amount);
        }
    }

    private decimal? Parse(string number) =>
        decimal.TryParse(number.Replace(numbers.Group, "", StringComparison.Ordinal).Replace(numbers.Decimal, ".", StringComparison.Ordinal), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
