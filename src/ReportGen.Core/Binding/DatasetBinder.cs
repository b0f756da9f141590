using System.Text.RegularExpressions;
using ReportGen.Diagnostics;
using ReportGen.Input;

namespace ReportGen.Binding;

/// <summary>
/// Binds a dataset to a pack: its periods to the pack's roles, its units parsed, its pins and notes checked, and every fact
/// the pack needs found. The result is the <see cref="ReleasePlan"/> every later stage reads.
/// </summary>
internal sealed partial class DatasetBinder
{
    private readonly PackPlan pack;
    private readonly DatasetFile dataset;
    private readonly IReadOnlyList<ProseFile>? prose;
    private readonly DiagnosticBag bag = new();

    private DatasetBinder(PackPlan pack, DatasetFile dataset, IReadOnlyList<ProseFile>? prose)
    {
        this.pack = pack;
        this.dataset = dataset;
        this.prose = prose;
    }

    /// <param name="prose">The quarter's prose files (none is a release without any); null where only the figures matter, as on import.</param>
    public static ReleasePlan Bind(PackPlan pack, DatasetFile dataset, IReadOnlyList<ProseFile>? prose = null) =>
        new DatasetBinder(pack, dataset, prose).Bind();

    private ReleasePlan Bind()
    {
        var company = dataset.Company;
        if (!FileNames.IsCompanyId(company.Id))
        {
            bag.Add(Messages.SchemaViolation(company.IdLocation, $"company id '{company.Id}' names the output files, so it must be 1 to 40 lower-case letters, digits, '-' and '_', starting with a letter or digit"));
        }

        RequireLanguages(company.Name, company.Location, "company.name");
        var shortName = company.ShortName ?? company.Name;
        RequireLanguages(shortName, company.Location, "company.shortName");
        var periods = BindPeriods();
        var keys = periods.Select(p => p.Key).ToList();
        var facts = BindFacts(periods);
        var pins = BindPins(keys);
        var convenience = dataset.Convenience is { } c ? new ConvenienceTranslation(c.Currency, c.Rate ?? 0m, c.Date) : null;
        if (dataset.Convenience is { Rate: null } unknown)
        {
            bag.Add(Messages.NotKnownYet(unknown.Location, "convenienceTranslation.rate", $"type the {dataset.Currency} per {unknown.Currency} rate of {unknown.Date:yyyy-MM-dd}"));
        }

        if (dataset.ReleaseDate is null)
        {
            bag.Add(Messages.NotKnownYet(dataset.ReleaseDateLocation ?? dataset.Root, "releaseDate", "type the date the release is published (yyyy-MM-dd)"));
        }
        foreach (var (id, note) in dataset.Notes)
        {
            RequireLanguages(note, dataset.Root, $"note '{id}'");
        }

        bag.ThrowIfErrors();
        var plan = new ReleasePlan(
            pack,
            dataset.Path,
            dataset.Fingerprint,
            new CompanyInfo(company.Id, company.Name, shortName, company.Ticker, company.Exchange),
            dataset.FiscalYear,
            dataset.FiscalYearEnd,
            dataset.Quarter,
            dataset.ReleaseDate ?? default,
            dataset.Currency,
            periods,
            convenience,
            facts,
            pins,
            dataset.Notes)
        {
            Prose = BindProse(),
            DatasetTexts = dataset.Texts,
        };
        CheckNeeds(plan);
        bag.ThrowIfErrors();
        return plan;
    }

    private void RequireLanguages(IReadOnlyDictionary<string, string> text, SourceLocation at, string what)
    {
        foreach (var language in pack.Languages.Select(l => l.Tag).Where(l => !text.ContainsKey(l)))
        {
            bag.Add(Messages.SchemaViolation(at, $"{what} has no '{language}' text, and the pack publishes in '{language}'"));
        }
    }

    private List<PeriodPlan> BindPeriods()
    {
        var periods = new List<PeriodPlan>();
        foreach (var entry in dataset.Periods)
        {
            if (!PackBinder.RoleName().IsMatch(entry.Role))
            {
                bag.Add(Messages.PeriodRoles(entry.Location, $"period '{entry.Key}': role '{entry.Role}' is not a name (letters and digits, starting with a letter)"));
            }

            if (entry.End < entry.Start)
            {
                bag.Add(Messages.PeriodRoles(entry.Location, $"period '{entry.Key}' ends ({entry.End:yyyy-MM-dd}) before it starts ({entry.Start:yyyy-MM-dd})"));
            }

            periods.Add(new PeriodPlan(entry.Key, entry.Role, entry.FiscalYear, entry.Quarter, entry.Start, entry.End));
        }

        var at = dataset.Periods.Count > 0 ? dataset.Periods[0].Location : dataset.Root;
        foreach (var role in pack.Roles.Keys)
        {
            var count = periods.Count(p => p.Role == role);
            if (count != 1)
            {
                bag.Add(Messages.PeriodRoles(at, $"exactly one period must have role \"{role}\" ({pack.Roles[role]}), which the pack prints; found {count}"));
            }
        }

        foreach (var group in periods.GroupBy(p => p.Role).Where(g => g.Count() > 1 && !pack.Roles.ContainsKey(g.Key)))
        {
            bag.Add(Messages.PeriodRoles(at, $"{group.Count()} periods have role \"{group.Key}\"; a role names one period"));
        }

        CheckCalendar();
        return periods;
    }

    /// <summary>Each period whose role the pack places (pack.yaml <c>span</c>, <c>offset</c>) has the dates the role implies.</summary>
    private void CheckCalendar()
    {
        var currents = dataset.Periods.Where(p => p.Role == ReleasePlan.CurrentRole).ToList();
        if (pack.RolePeriods.Count == 0 || currents.Count != 1)
        {
            return;
        }

        var current = currents[0];
        if (current.FiscalYear != dataset.FiscalYear || (current.Quarter ?? dataset.Quarter) != dataset.Quarter)
        {
            bag.Add(Messages.PeriodRoles(current.Location, $"period '{current.Key}' is the current period, and is of fiscal year {current.FiscalYear} quarter {current.Quarter}, while the dataset releases fiscal year {dataset.FiscalYear} quarter {dataset.Quarter}"));
            return;
        }

        var quarter = new FiscalQuarter(dataset.FiscalYear, dataset.Quarter, current.Start);
        if (dataset.FiscalYearEnd != quarter.YearEnd)
        {
            bag.Add(Messages.PeriodRoles(dataset.Root, $"fiscalYear.endDate is {dataset.FiscalYearEnd:yyyy-MM-dd}, and the fiscal year whose quarter {dataset.Quarter} starts on {current.Start:yyyy-MM-dd} ends on {quarter.YearEnd:yyyy-MM-dd}"));
        }

        foreach (var period in dataset.Periods)
        {
            if (!pack.RolePeriods.TryGetValue(period.Role, out var place))
            {
                continue;
            }

            var expected = place.Of(quarter);
            var wrong = new List<string>();
            if (period.Start != expected.Start || period.End != expected.End)
            {
                wrong.Add($"run from {expected.Start:yyyy-MM-dd} to {expected.End:yyyy-MM-dd}, not from {period.Start:yyyy-MM-dd} to {period.End:yyyy-MM-dd}");
            }

            if (period.FiscalYear != expected.FiscalYear)
            {
                wrong.Add($"be of fiscal year {expected.FiscalYear}, not {period.FiscalYear}");
            }

            if (period.Quarter is { } q && expected.Quarter is { } e && q != e)
            {
                wrong.Add($"be quarter {e}, not {q}");
            }

            if (wrong.Count > 0)
            {
                bag.Add(Messages.PeriodRoles(period.Location, $"period '{period.Key}' plays {period.Role}, {place.Describe()}, so it should {string.Join(" and ", wrong)}"));
            }
        }
    }

    private List<Fact> BindFacts(List<PeriodPlan> periods)
    {
        var periodKeys = periods.Select(p => p.Key).ToList();
        var derived = pack.Derived.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var facts = new List<Fact>();
        var toEnter = new Dictionary<string, List<(string Fact, SourceLocation At)>>(StringComparer.Ordinal);
        foreach (var entry in dataset.Facts)
        {
            if (!Unit.TryParse(entry.Unit, out var unit))
            {
                bag.Add(Messages.SchemaViolation(entry.Location, $"fact '{entry.Id}': unit '{entry.Unit}' is not a currency code with an optional scale (JPY, CAD_thousands, USD_millions) nor a quantity (count, shares, Gbps)"));
                continue;
            }

            if (unit.IsMoney && unit.Currency != dataset.Currency)
            {
                bag.Add(Messages.UnitMismatch(entry.Location, $"fact '{entry.Id}' is in {unit.Currency}, and the dataset reports in {dataset.Currency}"));
            }
            else if (pack.FactUnits.TryGetValue(entry.Id, out var declared) && declared != unit)
            {
                bag.Add(Messages.UnitMismatch(entry.Location, $"fact '{entry.Id}' is in {unit}, and the pack's facts.yaml holds it in {declared}"));
            }

            if (derived.Contains(entry.Id))
            {
                bag.Add(Messages.PackInvalid(entry.Location, $"fact '{entry.Id}' has the id of an item the pack derives (relations.yaml); a dataset cannot hold it"));
            }

            var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var value in entry.Values)
            {
                if (!periodKeys.Contains(value.Period))
                {
                    bag.Add(Messages.UnknownPeriod(value.Location, entry.Id, value.Period, periodKeys));
                    continue;
                }

                if (value.Value is not { } number)
                {
                    (toEnter.TryGetValue(value.Period, out var list) ? list : toEnter[value.Period] = []).Add((entry.Id, value.Location));
                    continue;
                }

                if (Math.Abs(number) > Limits.BaseMagnitude / unit.Factor)
                {
                    bag.Add(Messages.BadNumber(value.Location, $"fact '{entry.Id}' is {number.ToString(System.Globalization.CultureInfo.InvariantCulture)} {unit.Name}, more than 10^18 {unit.Dimension} in all: ReportGen cannot compute with it"));
                    continue;
                }

                values[value.Period] = number;
            }

            facts.Add(new Fact(entry.Id, unit, values, entry.Location));
        }

        // One message per period, not one per value: a rolled-forward quarter has a hundred values to enter.
        foreach (var period in periods.Where(p => toEnter.ContainsKey(p.Key)))
        {
            var blanks = toEnter[period.Key];
            bag.Add(Messages.ValuesToEnter(blanks[0].At, period.Key, period.Role, blanks.Select(b => b.Fact).ToList()));
        }

        return facts;
    }

    private List<Pin> BindPins(List<string> periodKeys)
    {
        var pins = new List<Pin>();
        foreach (var entry in dataset.Pins)
        {
            var measure = entry.Measure switch
            {
                "amount" => PinMeasure.Amount,
                "convenience" => PinMeasure.Convenience,
                "share" => PinMeasure.Share,
                _ => PinMeasure.Change,
            };
            if (!periodKeys.Contains(entry.Period) || (entry.Base is not null && !periodKeys.Contains(entry.Base)))
            {
                bag.Add(Messages.BadPin(entry.Location, $"unknown period '{(periodKeys.Contains(entry.Period) ? entry.Base : entry.Period)}' (declared: {string.Join(", ", periodKeys)})"));
            }

            if (measure == PinMeasure.Change && entry.Base is null)
            {
                bag.Add(Messages.BadPin(entry.Location, "a pinned change needs its \"base\" period"));
            }

            Unit? scale = null;
            if (entry.Scale is not null && (!Unit.TryParse(entry.Scale, out scale) || !scale.IsMoney))
            {
                bag.Add(Messages.BadPin(entry.Location, $"scale '{entry.Scale}' is not a money unit (JPY_millions, CAD_thousands)"));
            }

            pins.Add(new Pin(entry.Item, entry.Period, measure, entry.Base, scale, entry.Value, entry.Reason, entry.Location));
        }

        return pins;
    }

    /// <summary>The quarter's prose, every section the pack prints present and every section printed; none checked when the caller reads no prose (importing figures).</summary>
    private Dictionary<string, ProsePlan> BindProse()
    {
        var result = new Dictionary<string, ProsePlan>(StringComparer.Ordinal);
        if (prose is null)
        {
            return result;
        }

        foreach (var file in prose)
        {
            if (pack.Languages.All(l => l.Tag != file.Language))
            {
                bag.Add(Messages.ProseInvalid(new SourceLocation(file.Path), $"'{file.Language}' is not one of the pack's languages ({string.Join(", ", pack.Languages.Select(l => l.Tag))})"));
                continue;
            }

            var sections = file.Sections.ToDictionary(
                s => s.Key,
                s => new ProseSection(s.Key, s.Blocks.Select(b => new ProseParagraph((ProseStyle)(int)b.Kind, TemplateCompiler.Compile(b.Text, b.Location, bag, lineBreaks: true), b.Level)).ToList(), s.Location),
                StringComparer.Ordinal);
            var footnotes = new Dictionary<string, TextTemplate>(StringComparer.Ordinal);
            foreach (var note in file.Footnotes)
            {
                footnotes[note.Mark] = TemplateCompiler.Compile(note.Text, note.Location, bag);
            }

            result[file.Language] = new ProsePlan(file.Language, file.Path, sections, footnotes) { Fingerprint = file.Fingerprint };
        }

        // Every section the pack prints, by language: placed as a block, or inside a sentence of a text ({{ prose.outlook }}).
        var needs = new List<(string Language, string Key, string By)>();
        foreach (var document in pack.Documents)
        {
            needs.AddRange(document.Blocks.OfType<ProseBlockPlan>().Where(b => !b.Optional).Select(b => (document.Language, b.Key, $"the '{document.Language}' document places it ({b.Location})")));
        }

        foreach (var (id, text) in pack.Texts)
        {
            foreach (var language in text.Languages.Where(l => pack.Documents.Any(d => d.Language == l)))
            {
                var template = text.For(language)!;
                needs.AddRange(ProseReference().Matches(template.Source)
                    .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)
                    .Distinct(StringComparer.Ordinal)
                    .Select(key => (language, key, $"text '{id}' prints it ({template.Location})")));
            }
        }

        // A section nothing prints is a misspelt key or a paragraph the release would silently lose.
        foreach (var (language, plan) in result)
        {
            var printed = needs.Where(n => n.Language == language).Select(n => n.Key)
                .Concat(pack.Documents.Where(d => d.Language == language).SelectMany(d => d.Blocks.OfType<ProseBlockPlan>()).Select(b => b.Key))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var section in plan.Sections.Values.Where(s => !printed.Contains(s.Key)))
            {
                bag.Add(Messages.ProseInvalid(section.Location, $"no document or text of the pack prints section '{section.Key}', so it would not appear; the pack's sections in '{language}' are {string.Join(", ", printed.Order(StringComparer.Ordinal))}"));
            }
        }

        foreach (var language in needs.GroupBy(n => n.Language))
        {
            var file = Path.Combine(Path.GetDirectoryName(dataset.Path) ?? "", $"prose.{language.Key}.md");
            if (!result.TryGetValue(language.Key, out var plan))
            {
                var keys = language.Select(n => n.Key).Distinct(StringComparer.Ordinal).ToList();
                bag.Add(Messages.ProseInvalid(new SourceLocation(file), $"there is no such file beside the dataset, and the pack prints {keys.Count} section(s) of the quarter's '{language.Key}' prose: {string.Join(", ", keys.Take(12))}{(keys.Count > 12 ? ", …" : "")}"));
                continue;
            }

            foreach (var need in language.Where(n => !plan.Sections.ContainsKey(n.Key)).DistinctBy(n => n.Key))
            {
                bag.Add(Messages.ProseInvalid(new SourceLocation(file), $"there is no section '# {need.Key}', and {need.By}"));
            }
        }

        return result;
    }

    [GeneratedRegex(@"\bprose\.([A-Za-z][A-Za-z0-9_]*)|\bprose\[""([^""]+)""\]")]
    private static partial Regex ProseReference();

    /// <summary>Every item the pack uses, found among the dataset's facts or the pack's derived items; each gap named with its user.</summary>
    private void CheckNeeds(ReleasePlan plan)
    {
        var facts = plan.Facts.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var known = facts.Concat(pack.Derived.Select(d => d.Id)).ToHashSet(StringComparer.Ordinal);
        void Need(string item, SourceLocation? at, string usedBy)
        {
            if (!known.Contains(item))
            {
                bag.Add(Messages.MissingFact(at, item, dataset.Path, usedBy));
            }
        }

        foreach (var derived in pack.Derived)
        {
            var parts = derived switch
            {
                DerivedSum sum => sum.Terms.Select(t => t.Item),
                DerivedQuotient q => [q.Numerator, q.Denominator],
                _ => [],
            };
            foreach (var part in parts)
            {
                Need(part, derived.Location, $"derived item '{derived.Id}' (relations.yaml)");
            }
        }

        foreach (var relation in pack.Relations)
        {
            foreach (var part in relation.Terms.Select(t => t.Item).Prepend(relation.Total))
            {
                Need(part, relation.Location, $"relation '{relation.Id}' (relations.yaml)");
            }
        }

        foreach (var tie in pack.Ties)
        {
            Need(tie.Left, tie.Location, $"tie '{tie.Id}' (relations.yaml)");
            Need(tie.Right.Item, tie.Location, $"tie '{tie.Id}' (relations.yaml)");
        }

        foreach (var table in pack.PrintedTables)
        {
            foreach (var row in table.Rows.OfType<ItemRow>())
            {
                Need(row.Item, row.Location, $"table '{table.Id}'");
            }

            if (table.ShareOf is { } shareOf)
            {
                Need(shareOf, table.Location, $"table '{table.Id}' (shareOf)");
            }

            if (table.Columns.Any(c => c is ConvenienceColumn) && plan.Convenience is null)
            {
                bag.Add(Messages.MissingFact(table.Location, "convenienceTranslation", dataset.Path, $"table '{table.Id}' (convenience column)"));
            }
        }

        foreach (var pin in plan.Pins.Where(p => !known.Contains(p.Item)))
        {
            bag.Add(Messages.BadPin(pin.Location, $"item '{pin.Item}' is neither a fact of the dataset nor a derived item of the pack"));
        }
    }
}
