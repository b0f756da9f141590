using System.Globalization;
using Fluid;
using Fluid.Values;
using Humanizer;
using ReportGen.Binding;
using ReportGen.Diagnostics;
using ReportGen.Evaluation;
using ReportGen.Input;

namespace ReportGen.Documents;

/// <summary>
/// Fills the pack's templates for one language. The variables a template sees: <c>company</c> (<c>name</c>,
/// <c>shortName</c>, <c>ticker</c>, <c>exchange</c>, <c>id</c>), <c>fiscalYear</c> (<c>year</c>, <c>end</c>), <c>quarter</c>,
/// <c>releaseDate</c>, <c>convenience</c> (<c>currency</c>, <c>rate</c>, <c>date</c>), <c>language</c>, and each period by
/// its role (<c>current.short</c>, <c>yearAgo.date</c>, <c>ytd.months</c>, …). A date has <c>year</c>, <c>yy</c>,
/// <c>month</c>, <c>day</c>, <c>monthName</c>, <c>monthNameLong</c>, <c>long</c> and <c>note</c>. Filters add the words:
/// <c>ordinal</c> (2nd), <c>ordinal_words</c> (second), <c>words</c> (six), <c>titlecase</c>.
/// </summary>
internal sealed class TextScope
{
    private readonly TemplateOptions options;
    private readonly Dictionary<string, object?> globals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, object?>> periods = new(StringComparer.Ordinal);

    /// <param name="figures">The release's figures, for templates that print them; none for the texts of formats and metadata.</param>
    public TextScope(ReleasePlan plan, LanguagePlan language, Figures? figures = null)
    {
        Plan = plan;
        Language = language;
        options = new TemplateOptions { CultureInfo = language.Culture, StrictVariables = true, StrictFilters = true, MaxSteps = 10_000, MaxRecursion = 20 };
        var culture = language.Culture;
        options.Filters.AddFilter("ordinal", (input, _, _) => new StringValue(((int)input.ToNumberValue()).Ordinalize(culture)));
        options.Filters.AddFilter("ordinal_words", (input, _, _) => new StringValue(((int)input.ToNumberValue()).ToOrdinalWords(culture)));
        options.Filters.AddFilter("words", (input, _, _) => new StringValue(((int)input.ToNumberValue()).ToWords(culture)));
        options.Filters.AddFilter("titlecase", (input, _, _) => new StringValue(input.ToStringValue().Transform(culture, To.TitleCase)));

        var tag = language.Tag;
        globals["language"] = tag;
        globals["company"] = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = plan.Company.Id,
            ["name"] = plan.Company.Name[tag],
            ["shortName"] = plan.Company.ShortName[tag],
            ["ticker"] = plan.Company.Ticker,
            ["exchange"] = plan.Company.Exchange ?? "",
        };
        globals["fiscalYear"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["year"] = plan.FiscalYear, ["end"] = Date(plan.FiscalYearEnd) };
        globals["quarter"] = plan.Quarter;
        globals["releaseDate"] = Date(plan.ReleaseDate);
        if (plan.Convenience is { } c)
        {
            globals["convenience"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["currency"] = c.Currency,
                ["rate"] = Rate(c.Rate),
                ["date"] = Date(c.Date),
            };
        }

        foreach (var period in plan.Periods)
        {
            globals[period.Role] = Period(period);
        }

        if (figures is not null)
        {
            Figures = new FigureText(figures, language);
            Figures.Register(options);

            // Items by their ids (so.total_revenues.current); a name the scope has already (company, current) stays its own.
            foreach (var (name, node) in Figures.Items())
            {
                globals.TryAdd(name, node);
            }

            // The quarter's prose sections, each as one text a pack template can place inside a sentence: {{ prose.outlook }}.
            var prose = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (plan.Prose.TryGetValue(language.Tag, out var sections))
            {
                foreach (var (key, section) in sections.Sections)
                {
                    prose[key] = string.Join(" ", section.Paragraphs.Where(p => p.Style != ProseStyle.Heading).Select(p => Render(p.Text)));
                }
            }

            globals["prose"] = prose;
        }
    }

    /// <summary>The figures printed into text so far, in this language; null where the scope prints none.</summary>
    public FigureText? Figures { get; }

    public ReleasePlan Plan { get; }

    public LanguagePlan Language { get; }

    public string Render(LocalizedTemplate text) => Render(text.For(Language.Tag)!);

    public string Render(TextTemplate template, IReadOnlyDictionary<string, object?>? locals = null)
    {
        if (template.Compiled is null)
        {
            return template.Source;
        }

        var context = new TemplateContext(options);
        foreach (var (name, value) in globals)
        {
            context.SetValue(name, value);
        }

        foreach (var (name, value) in locals ?? new Dictionary<string, object?>())
        {
            context.SetValue(name, value);
        }

        string text;
        try
        {
            text = template.Compiled.Render(context);
        }
        catch (Exception exception) when (exception is not ReportGenException and not OutOfMemoryException)
        {
            throw new ReportGenException(Messages.TemplateFailed(template.Location, $"{Explain(exception)} in \"{template.Source}\" ({Language.Tag})"));
        }

        if (text.Length > Limits.TextLength)
        {
            throw new ReportGenException(Messages.TemplateFailed(template.Location, $"once filled in, \"{template.Source}\" is {text.Length} characters long ({Language.Tag}); a text holds at most {Limits.TextLength}"));
        }

        return text;
    }

    /// <summary>A period as templates see it; the column's period in a header (<c>period</c>), a change's base (<c>base</c>).</summary>
    public Dictionary<string, object?> Period(PeriodPlan period)
    {
        if (periods.TryGetValue(period.Key, out var known))
        {
            return known;
        }

        var fields = DateFields(period.End);
        fields["key"] = period.Key;
        fields["role"] = period.Role;
        fields["quarter"] = period.Quarter;
        fields["fiscalYear"] = period.FiscalYear;
        fields["fy"] = (period.FiscalYear % 100).ToString("00", CultureInfo.InvariantCulture);
        fields["months"] = period.Months;
        var formats = Plan.Pack.Formats;
        var value = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["key"] = period.Key,
            ["role"] = period.Role,
            ["quarter"] = period.Quarter,
            ["fiscalYear"] = period.FiscalYear,
            ["fy"] = fields["fy"],
            ["months"] = period.Months,
            ["start"] = Date(period.Start),
            ["end"] = Date(period.End),
            ["short"] = Render(formats.PeriodShort.For(Language.Tag)!, fields),
            ["date"] = Render(formats.PeriodDate.For(Language.Tag)!, fields),
        };
        periods[period.Key] = value;
        return value;
    }

    public string PeriodShort(PeriodPlan period) => (string)Period(period)["short"]!;

    public string PeriodDate(PeriodPlan period) => (string)Period(period)["date"]!;

    private Dictionary<string, object?> Date(DateOnly date)
    {
        var fields = DateFields(date);
        var formats = Plan.Pack.Formats;
        var value = new Dictionary<string, object?>(fields, StringComparer.Ordinal)
        {
            ["long"] = Render(formats.LongDate.For(Language.Tag)!, fields),
            ["note"] = Render(formats.NoteDate.For(Language.Tag)!, fields),
        };
        return value;
    }

    private Dictionary<string, object?> DateFields(DateOnly date) => new(StringComparer.Ordinal)
    {
        ["year"] = date.Year,
        ["yy"] = (date.Year % 100).ToString("00", CultureInfo.InvariantCulture),
        ["month"] = date.Month,
        ["day"] = date.Day,
        ["monthName"] = Language.MonthName(date.Month),
        ["monthNameLong"] = Language.MonthNameLong(date.Month),
        ["iso"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>The rate with at least two decimals, as many as it has up to four: 111.43, 1.3621.</summary>
    private string Rate(decimal rate)
    {
        var text = rate.ToString("0.00##", CultureInfo.InvariantCulture);
        return Language.Numbers.Decimal == "." ? text : text.Replace(".", Language.Numbers.Decimal, StringComparison.Ordinal);
    }

    private static string Explain(Exception exception)
    {
        var message = exception.Message;
        if (message.Contains("Fluid.Ast.", StringComparison.Ordinal))
        {
            return "a template names a variable or field that does not exist";
        }

        if (exception is DivideByZeroException)
        {
            return "it divides by zero";
        }

        return message.Contains("maximum level of recursion", StringComparison.Ordinal) ? "the template runs too long (a loop that does not end?)" : message;
    }
}
