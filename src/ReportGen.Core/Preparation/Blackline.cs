using ReportGen.Binding;
using ReportGen.Input;
using ReportGen.TieOut;

namespace ReportGen.Preparation;

/// <summary>
/// Compares what two builds printed, figure by figure: the same document (language), table, row (item) and column (what
/// it shows of which period, on which base) on both sides. A figure listed is one whose printed text differs; its totals,
/// percentages and footing moves differ too and are listed each in its own place.
/// </summary>
internal static class Blackline
{
    private sealed record Key(string Language, string Table, string Item, int Occurrence, ColumnKind Kind, string Period, string? BasePeriod);

    public static IReadOnlyList<BlacklineEntry> Compare(IReadOnlyList<FigureEntry> old, IReadOnlyList<FigureEntry> @new)
    {
        static Key KeyOf(FigureEntry e) => new(e.Language, e.Table, e.Item, e.Occurrence, e.Kind, e.Period, e.BasePeriod);
        var before = old.GroupBy(KeyOf).ToDictionary(g => g.Key, g => g.First());
        var after = @new.GroupBy(KeyOf).ToDictionary(g => g.Key, g => g.First());

        // In the new build's reading order, then what only the old one printed, in its order.
        var keys = @new.Select(KeyOf).Concat(old.Select(KeyOf)).Distinct().ToList();
        var changes = new List<BlacklineEntry>();
        foreach (var key in keys)
        {
            var was = before.GetValueOrDefault(key);
            var now = after.GetValueOrDefault(key);
            if ((was?.Text ?? "") == (now?.Text ?? ""))
            {
                continue;
            }

            var where = now ?? was!;
            changes.Add(new BlacklineEntry(
                where.Language,
                where.Document,
                where.Table,
                where.TableTitle,
                where.Item,
                where.Label,
                where.Column,
                where.Kind,
                where.Period,
                where.BasePeriod,
                was?.Text ?? "",
                now?.Text ?? "",
                Why(was, now)));
        }

        return changes;
    }

    /// <summary>What the notes of the two figures say moved them: a footing step or a pin that one side has and the other not.</summary>
    private static string Why(FigureEntry? was, FigureEntry? now)
    {
        if (was is null || now is null)
        {
            return was is null ? "printed only in the new build" : "printed only in the old build";
        }

        static string? Kind(string? note) => note?.Split(':')[0];
        return (Kind(was.Note), Kind(now.Note)) switch
        {
            (null, "footing") => "moved by one unit by forced footing, in the new build",
            ("footing", null) => "moved by one unit by forced footing in the old build, printed as rounded in the new",
            ("footing", "footing") => "moved by forced footing in both",
            (_, "pinned") => "pinned in the new build",
            ("pinned", _) => "pinned in the old build",
            _ => "",
        };
    }

    /// <summary>The dataset values that differ, fact by fact in the new dataset's order, period by period.</summary>
    public static IReadOnlyList<FactChange> Facts(DatasetFile old, DatasetFile @new)
    {
        static Dictionary<(string, string), decimal?> Values(DatasetFile file) =>
            file.Facts.SelectMany(f => f.Values.Select(v => (Key: (f.Id, v.Period), v.Value))).ToDictionary(x => x.Key, x => x.Value);
        var before = Values(old);
        var after = Values(@new);
        return after.Keys.Concat(before.Keys).Distinct()
            .Where(k => !before.TryGetValue(k, out var a) || !after.TryGetValue(k, out var b) || a != b)
            .Select(k => new FactChange(k.Item1, k.Item2, before.GetValueOrDefault(k), after.GetValueOrDefault(k)))
            .ToList();
    }

    /// <summary>Notes for the reader when the two sides do not print the same periods.</summary>
    public static IEnumerable<string> PeriodNotes(IReadOnlyList<FigureEntry> old, IReadOnlyList<FigureEntry> @new)
    {
        var a = old.Select(e => e.Period).Distinct(StringComparer.Ordinal).ToList();
        var b = @new.Select(e => e.Period).Distinct(StringComparer.Ordinal).ToList();
        if (!a.Order(StringComparer.Ordinal).SequenceEqual(b.Order(StringComparer.Ordinal)))
        {
            yield return $"The two builds print different periods (old: {string.Join(", ", a)}; new: {string.Join(", ", b)}): figures are compared period by period, so every figure of a period on one side only is listed.";
        }
    }
}
