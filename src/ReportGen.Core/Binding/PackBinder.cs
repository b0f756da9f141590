using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Diagnostics;
using ReportGen.Input;
using ReportGen.Input.Pack;

namespace ReportGen.Binding;

/// <summary>
/// Turns a pack as read into a <see cref="PackPlan"/>: every reference resolved, every option parsed, every text compiled,
/// and every problem reported at the YAML entry that causes it, all at once.
/// </summary>
internal sealed partial class PackBinder
{
    private readonly PackFile file;
    private readonly DiagnosticBag bag = new();
    private readonly List<LanguagePlan> languages = [];
    private readonly Dictionary<string, string> roles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RolePeriod> rolePeriods = new(StringComparer.Ordinal);

    private PackBinder(PackFile file)
    {
        this.file = file;
    }

    private PackManifestDef Manifest => file.Manifest;

    private string ManifestPath => Path.Combine(file.Directory, "pack.yaml");

    public static PackPlan Bind(PackFile file) => new PackBinder(file).Bind();

    private PackPlan Bind()
    {
        BindLanguages();
        BindRoles();
        var footing = new FootingPolicy(Manifest.Footing.Enabled, Manifest.Footing.PercentDecimals);
        if (footing.PercentDecimals is < 0 or > 4)
        {
            bag.Add(Messages.PackInvalid(Manifest.Footing.Location, $"footing.percentDecimals {footing.PercentDecimals} is not between 0 and 4"));
        }

        var formats = new PackFormats(
            Required(Manifest.Formats.PeriodShort, "formats.periodShort", Manifest.Formats.Location),
            Required(Manifest.Formats.PeriodDate, "formats.periodDate", Manifest.Formats.Location),
            Required(Manifest.Formats.NoteDate, "formats.noteDate", Manifest.Formats.Location),
            Required(Manifest.Formats.LongDate, "formats.longDate", Manifest.Formats.Location),
            Manifest.Formats.PeriodKey is { } key ? TemplateCompiler.Compile(key, Manifest.Formats.Location, bag) : null);
        var w = Manifest.Wording;
        var wording = new PackWording(
            Required(w.Continued, "wording.continued", w.Location),
            Required(w.PageNumber, "wording.pageNumber", w.Location),
            Required(w.DataId, "wording.dataId", w.Location),
            Required(w.DataLabel, "wording.dataLabel", w.Location),
            Required(w.DataUnit, "wording.dataUnit", w.Location),
            Optional(w.ConvenienceRate, "wording.convenienceRate"))
        {
            Bullet = Optional(w.Bullet, "wording.bullet"),
            FiguresColumns = Optional(w.FiguresColumns, "wording.figuresColumns"),
        };
        var h = Manifest.Headers;
        var headers = new HeaderDefaults(
            Optional(h.Amount, "headers.amount", Limits.LabelLength),
            Optional(h.GroupedAmount, "headers.groupedAmount", Limits.LabelLength),
            Optional(h.PeriodGroup, "headers.periodGroup", Limits.LabelLength),
            Optional(h.Convenience, "headers.convenience", Limits.LabelLength),
            Optional(h.Share, "headers.share", Limits.LabelLength),
            h.Change.Where(c => KnownRole(c.Key, h.Location, "headers.change")).ToDictionary(c => c.Key, c => Optional(c.Value, $"headers.change.{c.Key}", Limits.LabelLength)!, StringComparer.Ordinal));

        var labels = file.Labels.ToDictionary(l => l.Key, l => Localized(l.Value, $"label '{l.Key}'", Limits.LabelLength), StringComparer.Ordinal);
        var texts = file.Texts.ToDictionary(t => t.Key, t => Localized(t.Value, $"text '{t.Key}'"), StringComparer.Ordinal);
        var footnotes = file.Footnotes.ToDictionary(f => f.Key, f => BindFootnote(f.Key, f.Value), StringComparer.Ordinal);
        var (derived, relations, ties) = BindRelations();
        var tables = BindTables(labels, footnotes);
        var documents = BindDocuments(tables, labels, texts, footnotes);
        var combined = BindCombined(documents);
        CheckConvenienceWording(tables.Values, wording);
        var factUnits = BindFactUnits(derived);

        bag.ThrowIfErrors();
        var plan = new PackPlan(
            file.Directory,
            Manifest.Name,
            Manifest.Version,
            file.Fingerprint,
            TemplateCompiler.Compile(Manifest.Job ?? "{{ company.id }}-{{ current.key | downcase }}", Manifest.Location, bag),
            languages,
            roles,
            footing,
            formats,
            wording,
            headers,
            labels,
            texts,
            footnotes,
            derived,
            relations,
            ties,
            tables,
            documents,
            combined,
            rolePeriods,
            factUnits);
        CheckFactUnits(plan);
        bag.ThrowIfErrors();
        return plan;
    }

    private void BindLanguages()
    {
        if (Manifest.Languages.Count == 0)
        {
            bag.Add(Messages.PackInvalid(new SourceLocation(ManifestPath, 1, 1), "pack.yaml declares no languages (languages: { en: { … } })"));
        }

        foreach (var (tag, definition) in Manifest.Languages)
        {
            var where = definition.Location ?? Manifest.Location;
            if (!LanguageTag().IsMatch(tag))
            {
                bag.Add(Messages.PackInvalid(where, $"language '{tag}' is not a BCP 47 language tag (en, fr, ja, fr-CA)"));
                continue;
            }

            CultureInfo culture;
            try
            {
                culture = CultureInfo.GetCultureInfo(definition.Culture ?? tag);
            }
            catch (ArgumentException)
            {
                bag.Add(Messages.PackInvalid(where, $"language '{tag}': culture '{definition.Culture ?? tag}' is not known"));
                continue;
            }

            var numbers = definition.Numbers;
            foreach (var (name, pattern) in new[] { ("negative", numbers.Negative), ("percent", numbers.Percent) })
            {
                if (!pattern.Contains("{n}", StringComparison.Ordinal))
                {
                    bag.Add(Messages.PackInvalid(numbers.Location ?? where, $"language '{tag}': numbers.{name} '{pattern}' has no {{n}} for the digits"));
                }
            }

            if (numbers.Decimal.Length == 0 || numbers.Decimal == numbers.Group)
            {
                bag.Add(Messages.PackInvalid(numbers.Location ?? where, $"language '{tag}': numbers.decimal must be a mark other than the digit group separator"));
            }

            if (definition.MonthNames is { } months && months.Count != 12)
            {
                bag.Add(Messages.PackInvalid(where, $"language '{tag}': monthNames lists {months.Count} names, not 12"));
            }

            if (!numbers.Percent.Contains('%', StringComparison.Ordinal))
            {
                bag.Add(Messages.PackInvalid(numbers.Location ?? where, $"language '{tag}': numbers.percent '{numbers.Percent}' has no % sign; workbooks hold percentages as fractions in a percent format"));
            }

            foreach (var mark in new[] { numbers.Group, numbers.Decimal, numbers.Negative, numbers.Percent }.Concat(definition.MonthNames ?? []))
            {
                TemplateCompiler.Printable(mark ?? "", numbers.Location ?? where, bag, Limits.ShortTextLength);
            }

            languages.Add(new LanguagePlan(tag, culture, new NumberConvention(numbers.Group, numbers.Decimal, numbers.Negative, numbers.Percent), definition.MonthNames, definition.WorkbookFont)
            {
                Text = definition.Text is { } words ? BindText(tag, words) : null,
                Location = where,
            });
        }
    }

    private TextConvention BindText(string tag, TextDef text)
    {
        var where = text.Location ?? Manifest.Location;
        if (!ScaleNames.TryParse(text.Scale, out var scale))
        {
            bag.Add(Messages.PackInvalid(where, $"language '{tag}': text.scale '{text.Scale}' is not one of units, thousands, millions, billions"));
        }

        var amounts = new Dictionary<string, IReadOnlyDictionary<Scale, string>>(StringComparer.Ordinal);
        foreach (var (currency, patterns) in text.Amounts)
        {
            var byScale = new Dictionary<Scale, string>();
            foreach (var (name, pattern) in patterns)
            {
                if (!ScaleNames.TryParse(name, out var s) || !pattern.Contains("{n}", StringComparison.Ordinal))
                {
                    bag.Add(Messages.PackInvalid(where, $"language '{tag}': text.amounts.{currency}.{name} needs a scale name and a pattern with {{n}}"));
                    continue;
                }

                byScale[s] = pattern;
            }

            amounts[currency] = byScale;
        }

        foreach (var (name, words) in new[] { ("change", text.Change), ("changed", text.Changed) })
        {
            if (!words.Up.Contains("{p}", StringComparison.Ordinal) || !words.Down.Contains("{p}", StringComparison.Ordinal))
            {
                bag.Add(Messages.PackInvalid(words.Location ?? where, $"language '{tag}': text.{name}.up and .down need {{p}} for the percentage"));
            }
        }

        return new TextConvention(
            scale,
            text.Negative,
            amounts,
            new DirectionWords(text.Change.Up, text.Change.Down, text.Change.None),
            new DirectionWords(text.Changed.Up, text.Changed.Down, text.Changed.None),
            new DirectionWords(text.Size.Up, text.Size.Down, text.Size.None),
            text.Conjunction.Same,
            text.Conjunction.Differ);
    }

    private void BindRoles()
    {
        foreach (var (role, definition) in Manifest.Periods)
        {
            if (!RoleName().IsMatch(role))
            {
                bag.Add(Messages.PackInvalid(definition.Location ?? Manifest.Location, $"period role '{role}' is not a name (letters and digits, starting with a letter)"));
                continue;
            }

            roles[role] = definition.Description;
            if (definition.Span is { } span)
            {
                if (SpanNames.TryGetValue(span, out var kind))
                {
                    rolePeriods[role] = new RolePeriod(kind, definition.Offset);
                }
                else
                {
                    bag.Add(Messages.PackInvalid(definition.Location, $"period role '{role}': span '{span}' is not one of {string.Join(", ", SpanNames.Keys)}"));
                }
            }
        }

        if (Manifest.Periods.GetValueOrDefault(ReleasePlan.CurrentRole) is { Span: not null } current && (current.Span != "quarter" || current.Offset != 0))
        {
            bag.Add(Messages.PackInvalid(current.Location, "period role 'current' is the quarter released: span quarter, offset 0"));
        }

        if (!roles.ContainsKey(ReleasePlan.CurrentRole))
        {
            bag.Add(Messages.PackInvalid(Manifest.Location ?? new SourceLocation(ManifestPath), "pack.yaml's periods must declare the role 'current', the period being released"));
        }
    }

    /// <summary>A role the pack declares; an error at <paramref name="at"/> otherwise.</summary>
    private bool KnownRole(string? role, SourceLocation? at, string what)
    {
        if (role is not null && roles.ContainsKey(role))
        {
            return true;
        }

        bag.Add(Messages.PackInvalid(at, $"{what}: period role '{role}' is not one of pack.yaml's periods ({string.Join(", ", roles.Keys)})"));
        return false;
    }

    /// <summary>A text every language of the pack must have.</summary>
    private LocalizedTemplate Required(LocalizedText? text, string what, SourceLocation? parent)
    {
        if (text is null)
        {
            bag.Add(Messages.PackInvalid(parent ?? new SourceLocation(ManifestPath), $"pack.yaml needs {what}, in every language ({string.Join(", ", languages.Select(l => l.Tag))})"));
            return TemplateCompiler.Compile(new LocalizedText(), bag);
        }

        return Localized(text, $"pack.yaml's {what}");
    }

    private LocalizedTemplate? Optional(LocalizedText? text, string what, int maxLength = Limits.TextLength) =>
        text is null ? null : Localized(text, $"pack.yaml's {what}", maxLength);

    /// <summary>Compiles a localized text, checking that it names only the pack's languages and fits where it prints.</summary>
    private LocalizedTemplate Localized(LocalizedText text, string what, int maxLength = Limits.TextLength)
    {
        foreach (var tag in text.Keys.Where(t => languages.All(l => l.Tag != t)))
        {
            bag.Add(Messages.PackInvalid(text.Location, $"{what} has a text in '{tag}', which is not one of the pack's languages ({string.Join(", ", languages.Select(l => l.Tag))})"));
        }

        return TemplateCompiler.Compile(text, bag, maxLength);
    }

    /// <summary>Reports each of <paramref name="needed"/> languages a text lacks.</summary>
    private void RequireLanguages(LocalizedTemplate? text, IEnumerable<string> needed, SourceLocation? at, string what)
    {
        foreach (var language in needed.Where(l => text?.For(l) is null || text.For(l)!.Source.Trim().Length == 0))
        {
            bag.Add(Messages.PackReference(text?.Location ?? at, $"{what} has no {Name(language)} text, and the {Name(language)} document prints it"));
        }
    }

    private FootnotePlan BindFootnote(string id, FootnoteDef definition)
    {
        var marks = new Dictionary<string, string>(definition.Mark, StringComparer.Ordinal);
        foreach (var tag in marks.Keys.Where(t => languages.All(l => l.Tag != t)))
        {
            bag.Add(Messages.PackInvalid(definition.Location, $"footnote '{id}' has a mark in '{tag}', which is not one of the pack's languages"));
        }

        foreach (var printed in definition.Mark.Values.Concat(definition.Lead.Values))
        {
            TemplateCompiler.Printable(printed ?? "", definition.Location, bag, Limits.ShortTextLength);
        }

        var text = definition.Text.Count == 0 ? null : Localized(definition.Text, $"footnote '{id}'");
        if (definition.DatasetNote is null)
        {
            foreach (var language in marks.Keys.Where(l => text?.For(l) is null))
            {
                bag.Add(Messages.PackReference(definition.Location, $"footnote '{id}' has a '{language}' mark and no '{language}' text"));
            }
        }

        if (definition.Placement is not ("table" or "page"))
        {
            bag.Add(Messages.PackInvalid(definition.Location, $"footnote '{id}': placement '{definition.Placement}' is not table or page"));
        }

        return new FootnotePlan(id, marks, new Dictionary<string, string>(definition.Lead, StringComparer.Ordinal), text, definition.DatasetNote, definition.Placement == "page") { Location = definition.Location };
    }

    private void CheckConvenienceWording(IEnumerable<TablePlan> tables, PackWording wording)
    {
        if (tables.Any(t => t.Columns.Any(c => c is ConvenienceColumn)))
        {
            RequireLanguages(wording.ConvenienceRate, languages.Select(l => l.Tag), new SourceLocation(ManifestPath), "pack.yaml's wording.convenienceRate (the rate's caption on the data sheet)");
        }
    }

    /// <summary>A language as a person names it in a message: <c>Japanese ('ja')</c>.</summary>
    private string Name(string tag) =>
        languages.FirstOrDefault(l => l.Tag == tag) is { } language ? $"{language.Culture.EnglishName} ('{tag}')" : $"'{tag}'";

    private static readonly Dictionary<string, PeriodSpan> SpanNames = new(StringComparer.Ordinal)
    {
        ["quarter"] = PeriodSpan.Quarter,
        ["yearToDate"] = PeriodSpan.YearToDate,
        ["fiscalYear"] = PeriodSpan.FiscalYear,
    };

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*$")]
    internal static partial Regex RoleName();
}
