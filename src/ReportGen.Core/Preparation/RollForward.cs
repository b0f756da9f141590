using ReportGen.Binding;
using ReportGen.Diagnostics;
using ReportGen.Input;

namespace ReportGen.Preparation;

/// <summary>
/// Makes the next quarter's dataset from this quarter's: fiscal year, quarter and every role's period worked out from the
/// pack (pack.yaml <c>span</c>, <c>offset</c>, <c>formats.periodKey</c>); each new period's values copied from the period
/// with the same dates in this dataset or the year-ago one; everything else the pack needs left null for the preparer to
/// enter, as are the release date and the convenience rate; notes and pins cleared.
/// </summary>
internal sealed class RollForward
{
    private readonly PackPlan pack;
    private readonly DatasetFile dataset;
    private readonly DatasetFile? yearAgo;
    private readonly DiagnosticBag bag = new();

    private RollForward(PackPlan pack, DatasetFile dataset, DatasetFile? yearAgo)
    {
        this.pack = pack;
        this.dataset = dataset;
        this.yearAgo = yearAgo;
    }

    /// <summary>A new period, and where its values come from: a period of this dataset or of the year-ago one, or nowhere.</summary>
    private sealed record Source(PeriodEntry Period, DatasetFile? From, PeriodEntry? Match);

    public static (DatasetFile Next, IReadOnlyList<string> Summary) Next(PackPlan pack, DatasetFile dataset, DatasetFile? yearAgo) =>
        new RollForward(pack, dataset, yearAgo).Next();

    private (DatasetFile, IReadOnlyList<string>) Next()
    {
        var manifest = new SourceLocation(Path.Combine(pack.Directory, "pack.yaml"));
        if (pack.Formats.PeriodKey is null)
        {
            bag.Add(Messages.CannotRollForward(manifest, "pack.yaml has no formats.periodKey, the template that names a dataset's periods ({{ quarter }}Q{{ fy }})"));
        }

        foreach (var role in pack.Roles.Keys.Where(r => !pack.RolePeriods.ContainsKey(r)))
        {
            bag.Add(Messages.CannotRollForward(manifest, $"period role '{role}' does not say where its period stands (span: quarter, yearToDate or fiscalYear; offset)"));
        }

        var currents = dataset.Periods.Where(p => p.Role == ReleasePlan.CurrentRole).ToList();
        if (currents.Count != 1)
        {
            bag.Add(Messages.CannotRollForward(dataset.Root, $"the dataset has {currents.Count} periods of role 'current', and needs exactly one"));
        }

        bag.ThrowIfErrors();
        var next = new FiscalQuarter(dataset.FiscalYear, dataset.Quarter, currents[0].Start).Shift(1);
        CheckYearAgo();
        var sources = Periods(next, pack.Formats.PeriodKey!);
        bag.ThrowIfErrors();

        var needs = FactNeeds.Of(pack).ToDictionary(n => n.Id, n => n.Roles.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var facts = dataset.Facts.Select(f => (f.Id, f.Unit)).ToList();
        facts.AddRange(needs.Keys.Where(id => facts.All(f => f.Id != id) && pack.FactUnits.ContainsKey(id)).Select(id => (id, pack.FactUnits[id].Name)));
        var rolled = facts.Select(f => new FactEntry(f.Id, f.Unit, Values(f.Id, needs, sources), dataset.Root)).ToList();

        var result = dataset with
        {
            FiscalYear = next.FiscalYear,
            FiscalYearEnd = next.YearEnd,
            Quarter = next.Quarter,
            ReleaseDate = null,
            Periods = sources.Select(s => s.Period).ToList(),
            Convenience = dataset.Convenience is { } c ? c with { Rate = null, Date = next.End } : null,
            Facts = rolled,
            Pins = [],
            Notes = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal),
        };
        return (result, Summary(sources, rolled));
    }

    /// <summary>The next quarter's period for each role, named by the pack, and the period of the same dates it is copied from.</summary>
    private List<Source> Periods(FiscalQuarter next, TextTemplate keyFormat)
    {
        var sources = new List<Source>();
        foreach (var (role, place) in pack.Roles.Keys.Select(r => (r, pack.RolePeriods[r])))
        {
            var dates = place.Of(next);
            var key = PeriodKeys.Render(keyFormat, role, place, dates);
            if (sources.FirstOrDefault(s => s.Period.Key == key) is { } twin)
            {
                bag.Add(Messages.CannotRollForward(keyFormat.Location, $"formats.periodKey names both the {twin.Period.Role} and the {role} period '{key}'; give them different keys"));
            }

            var period = new PeriodEntry(key, role, dates.FiscalYear, dates.Quarter, dates.Start, dates.End, dataset.Root);
            // The quarter released is new by definition: its values are the preparer's to enter, never copied.
            var match = role == ReleasePlan.CurrentRole ? null : Match(dataset, dates);
            var from = match is null ? null : dataset;
            if (match is null && role != ReleasePlan.CurrentRole && yearAgo is not null && Match(yearAgo, dates) is { } old)
            {
                (from, match) = (yearAgo, old);
            }

            sources.Add(new Source(period, from, match));
        }

        return sources;
    }

    private static PeriodEntry? Match(DatasetFile file, PeriodDates dates) =>
        file.Periods.FirstOrDefault(p => p.Start == dates.Start && p.End == dates.End);

    /// <summary>
    /// A fact's values in the new periods. Where a period of the same dates gives the fact, its value is copied. Where that
    /// period plays a role the pack needs the fact for and gives none, it had nothing to report, and the new period has
    /// nothing either. Where it plays a role the fact is not given for (a year to date, for a balance), the fact's value is
    /// that of a period ending the same day that plays one it is (a balance is as of a day): the fiscal year that the last
    /// quarter's year to date spans takes its balance sheet from the last quarter. Otherwise the value is left to enter
    /// (null) where the pack needs it.
    /// </summary>
    private List<FactValueEntry> Values(string fact, Dictionary<string, HashSet<string>> needs, List<Source> sources)
    {
        var neededRoles = needs.GetValueOrDefault(fact) ?? [];
        var values = new List<FactValueEntry>();
        foreach (var source in sources)
        {
            var entry = source.From?.Facts.FirstOrDefault(f => f.Id == fact);
            var match = source.Match;
            if (match is not null && entry is not null && !neededRoles.Contains(match.Role) && entry.Values.All(v => v.Period != match.Key))
            {
                match = source.From!.Periods.FirstOrDefault(p => p.End == match.End && neededRoles.Contains(p.Role) && entry.Values.Any(v => v.Period == p.Key)) ?? match;
            }

            if (match is not null && entry is not null && (neededRoles.Contains(match.Role) || entry.Values.Any(v => v.Period == match.Key)))
            {
                if (entry.Values.FirstOrDefault(v => v.Period == match.Key) is { } value)
                {
                    values.Add(new FactValueEntry(source.Period.Key, value.Value, value.Location));
                }
            }
            else if (neededRoles.Contains(source.Period.Role))
            {
                values.Add(new FactValueEntry(source.Period.Key, null, source.Period.Location));
            }
        }

        return values;
    }

    private void CheckYearAgo()
    {
        if (yearAgo is null)
        {
            return;
        }

        if (yearAgo.Company.Id != dataset.Company.Id)
        {
            bag.Add(Messages.YearAgoDataset(yearAgo.Company.Location, $"it is of company '{yearAgo.Company.Id}', and {dataset.Path} of '{dataset.Company.Id}'"));
        }

        foreach (var fact in yearAgo.Facts)
        {
            if (dataset.Facts.FirstOrDefault(f => f.Id == fact.Id) is { } mine && mine.Unit != fact.Unit)
            {
                bag.Add(Messages.YearAgoDataset(fact.Location, $"fact '{fact.Id}' is in {fact.Unit} there and in {mine.Unit} in {dataset.Path}"));
            }
        }
    }

    private List<string> Summary(List<Source> sources, List<FactEntry> facts)
    {
        var lines = new List<string>();
        foreach (var source in sources)
        {
            var blanks = facts.Count(f => f.Values.Any(v => v.Period == source.Period.Key && v.Value is null));
            var origin = source.Match is { } match ? $"copied from {match.Key} of {source.From!.Path}" : "new";
            lines.Add($"{source.Period.Key} ({source.Period.Role}, {source.Period.Start:yyyy-MM-dd} to {source.Period.End:yyyy-MM-dd}): {origin}; {blanks} value{(blanks == 1 ? "" : "s")} to enter");
        }

        lines.Add(dataset.Convenience is null ? "To enter as well: the release date." : "To enter as well: the release date and the convenience rate.");
        return lines;
    }
}
