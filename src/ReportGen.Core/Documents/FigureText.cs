using Fluid;
using Fluid.Values;
using ReportGen.Binding;
using ReportGen.Evaluation;

namespace ReportGen.Documents;

/// <summary>A figure a template printed: its words and the printed figure they are.</summary>
internal sealed record FigureUse(string Text, FigureSource Source);

/// <summary>
/// The filters that put figures into running text, in one language, with the words the pack gives them: an amount in a
/// scale and currency (<c>amount</c>, <c>signed</c>, <c>convenience</c>), a change with its direction word
/// (<c>change</c>, <c>changed</c>, <c>change_percent</c>), a ratio (<c>percent</c>), and words chosen by a figure's
/// direction or sign (<c>size</c>, <c>pick</c>, <c>sign_word</c>, <c>conj</c>, <c>direction</c>). Each printed figure is
/// the same printed figure as in the tables (same rounding, same footing, same pins) and is recorded with where it
/// comes from; it reaches the text as a marker that the document builder turns into a <see cref="FigureRun"/>.
/// </summary>
internal sealed class FigureText
{
    public const char Open = '\u0002';
    public const char Close = '\u0003';

    private readonly Figures figures;
    private readonly LanguagePlan language;

    public FigureText(Figures figures, LanguagePlan language)
    {
        this.figures = figures;
        this.language = language;
    }

    /// <summary>Every figure printed so far, by the index its marker carries.</summary>
    public List<FigureUse> Uses { get; } = [];

    private ReleasePlan Plan => figures.Values.Plan;

    private int PercentDecimals => Plan.Pack.Footing.PercentDecimals;

    private TextConvention Words => language.Text
        ?? throw new InvalidOperationException($"a template prints a figure, and pack.yaml's languages.{language.Tag}.text does not say how figures read in '{language.Tag}' text");

    public void Register(TemplateOptions options)
    {
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.CamelCase;
        options.MemberAccessStrategy.Register<FigureHandle>();
        options.Filters.AddFilter("amount", (input, args, _) => Amount(Handle(input, "amount"), args, signed: false));
        options.Filters.AddFilter("signed", (input, args, _) => Amount(Handle(input, "signed"), args, signed: true));
        options.Filters.AddFilter("convenience", (input, args, _) => Convenience(Handle(input, "convenience"), args));
        options.Filters.AddFilter("percent", (input, args, _) => Percent(Handle(input, "percent"), args));
        options.Filters.AddFilter("change", (input, args, _) => Change(Handle(input, "change"), args, Words.Change));
        options.Filters.AddFilter("changed", (input, args, _) => Change(Handle(input, "changed"), args, Words.Changed));
        options.Filters.AddFilter("change_percent", (input, args, _) => Change(Handle(input, "change_percent"), args, new DirectionWords("{p}", "{p}", "{p}")));
        options.Filters.AddFilter("size", (input, args, _) => Words3(Size(Handle(input, "size"), args), args, 1, Words.Size));
        options.Filters.AddFilter("pick", (input, args, _) => Words3(Direction(Handle(input, "pick"), Role(args, 0, "pick")), args, 1, null));
        options.Filters.AddFilter("sign_word", (input, args, _) => SignWord(Handle(input, "sign_word"), args));
        options.Filters.AddFilter("conj", (input, args, _) => Conjunction(Handle(input, "conj"), args));
        options.Filters.AddFilter("direction", (input, args, _) => new StringValue(Direction(Handle(input, "direction"), Role(args, 0, "direction")) switch { > 0 => "up", < 0 => "down", _ => "none" }));
        options.Filters.AddFilter("page_of", (input, _, _) => new StringValue($"{Open}P{input.ToStringValue()}{Close}"));
    }

    /// <summary>Every item of the release as a tree of names: <c>so.total_revenues.current</c> is a <see cref="FigureHandle"/>.</summary>
    public Dictionary<string, object?> Items()
    {
        var root = new Dictionary<string, object?>(StringComparer.Ordinal);
        var items = Plan.Facts.Select(f => f.Id).Concat(Plan.Pack.Derived.Select(d => d.Id));
        foreach (var item in items)
        {
            var node = root;
            foreach (var segment in item.Split('.'))
            {
                if (node.GetValueOrDefault(segment) is not Dictionary<string, object?> child)
                {
                    node[segment] = child = new Dictionary<string, object?>(StringComparer.Ordinal);
                }

                node = child;
            }

            foreach (var period in Plan.Periods)
            {
                node[period.Role] = new FigureHandle(item, period, figures.Values.Get(item, period.Key));
            }
        }

        return root;
    }

    private static FigureHandle Handle(FluidValue input, string filter) =>
        input.ToObjectValue() as FigureHandle
        ?? throw new InvalidOperationException($"'{filter}' prints a figure, such as so.total_revenues.current, and was given '{input.ToStringValue()}'");

    private PeriodPlan Role(FilterArguments args, int index, string filter)
    {
        var role = args.Count > index ? args.At(index).ToStringValue() : "";
        return Plan.Periods.FirstOrDefault(p => p.Role == role)
            ?? throw new InvalidOperationException($"'{filter}' needs a period role to compare with ({string.Join(", ", Plan.Periods.Select(p => p.Role))}), and was given '{role}'");
    }

    private static string? Named(FilterArguments args, string name) => args.HasNamed(name) ? args[name].ToStringValue() : null;

    private StringValue Use(string text, FigureSource source)
    {
        Uses.Add(new FigureUse(text, source));
        return new StringValue($"{Open}F{Uses.Count - 1}{Close}");
    }

    private decimal Exact(FigureHandle figure) =>
        figure.Exact ?? throw new InvalidOperationException($"'{figure.Item}' has no figure for {figure.Period.Key} ({figure.Period.Role})");

    private StringValue Amount(FigureHandle figure, FilterArguments args, bool signed)
    {
        var scale = ScaleArgument(args, 0, Words.Scale);
        // Decimals after the point; a negative count rounds to tens, hundreds (約120億円 is 118.9 at -1).
        var decimals = args.Count > 1 ? Math.Clamp((int)args.At(1).ToNumberValue(), -6, 6) : 0;
        var unit = figures.Values.UnitOf(figure.Item);
        var exact = Exact(figure);
        decimal printed;
        string pattern;
        if (unit.IsMoney)
        {
            // At whole units of the scale, the figure the tables print there: footed, or pinned.
            printed = decimals == 0
                ? figures.Get(Measure.Amount(unit.Currency!, scale), figure.Item, figure.Period.Key)!.Printed
                : Rounding.HalfUp(exact / scale.Factor(), decimals);
            pattern = AmountPattern(unit.Currency!, scale);
        }
        else
        {
            printed = Rounding.HalfUp(exact, decimals);
            pattern = "{n}";
        }

        var number = language.Numbers.Format(Math.Abs(printed), Math.Max(decimals, 0));
        if (signed && printed < 0)
        {
            number = Words.Negative.Replace("{n}", number, StringComparison.Ordinal);
        }

        return Use(pattern.Replace("{n}", number, StringComparison.Ordinal), Source(figure, null, FigureKind.Amount, signed ? printed : Math.Abs(printed), $"{unit.Currency ?? unit.Name} {scale.Name()}"));
    }

    private StringValue Convenience(FigureHandle figure, FilterArguments args)
    {
        var convenience = Plan.Convenience ?? throw new InvalidOperationException("'convenience' translates an amount at the convenience rate, and the dataset has no convenienceTranslation");
        var scale = ScaleArgument(args, 0, Binding.Scale.Millions);
        var decimals = args.Count > 1 ? (int)args.At(1).ToNumberValue() : 1;
        var printed = Rounding.HalfUp(Exact(figure) / scale.Factor() / convenience.Rate, decimals);
        var text = AmountPattern(convenience.Currency, scale).Replace("{n}", language.Numbers.Format(Math.Abs(printed), decimals), StringComparison.Ordinal);
        return Use(text, Source(figure, null, FigureKind.Convenience, Math.Abs(printed), $"{convenience.Currency} {scale.Name()} at {convenience.Rate} per {convenience.Currency}"));
    }

    private StringValue Percent(FigureHandle figure, FilterArguments args)
    {
        var decimals = args.Count > 0 ? (int)args.At(0).ToNumberValue() : PercentDecimals;
        var printed = Rounding.HalfUp(Exact(figure), decimals);
        return Use(language.Numbers.Format(printed, decimals, percentSign: true), Source(figure, null, FigureKind.Ratio, printed, "percent"));
    }

    private StringValue Change(FigureHandle figure, FilterArguments args, DirectionWords words)
    {
        var basePeriod = Role(args, 0, "change");
        var change = ChangeOf(figure, basePeriod);
        var word = Direction(figure, basePeriod) switch
        {
            > 0 => Named(args, "up") ?? words.Up,
            < 0 => Named(args, "down") ?? words.Down,
            _ => Named(args, "none") ?? words.None,
        };
        var percent = language.Numbers.Format(Math.Abs(change), PercentDecimals, percentSign: true);
        return Use(word.Replace("{p}", percent, StringComparison.Ordinal), Source(figure, basePeriod, FigureKind.Change, change, $"change on {basePeriod.Key}"));
    }

    private decimal ChangeOf(FigureHandle figure, PeriodPlan basePeriod) =>
        figures.Change(figure.Item, figure.Period.Key, basePeriod.Key, PercentDecimals)?.Value
        ?? throw new InvalidOperationException($"'{figure.Item}' has no change from {basePeriod.Key}: its figure there is zero or absent");

    /// <summary>
    /// The direction of a change: the sign of the difference (from a negative base the printed percentage has the other
    /// sign: EBITDA from (243) to 126 is an increase, printed (152.0%)); a change that prints as 0.0% goes neither way.
    /// </summary>
    private int Direction(FigureHandle figure, PeriodPlan basePeriod) =>
        ChangeOf(figure, basePeriod) == 0 ? 0 : Math.Sign(Exact(figure) - figures.Values.Get(figure.Item, basePeriod.Key)!.Value);

    /// <summary>The direction of a change in size, sign aside: a loss of 830 is smaller than one of 1,206.</summary>
    private int Size(FigureHandle figure, FilterArguments args)
    {
        var basePeriod = Role(args, 0, "size");
        var then = figures.Values.Get(figure.Item, basePeriod.Key) ?? throw new InvalidOperationException($"'{figure.Item}' has no figure for {basePeriod.Key}");
        return Math.Sign(Math.Abs(Exact(figure)) - Math.Abs(then));
    }

    /// <summary>One of three words by a direction: the template's (positional from <paramref name="first"/>, or named) or the pack's.</summary>
    private static StringValue Words3(int direction, FilterArguments args, int first, DirectionWords? defaults)
    {
        string? At(int offset, string name) => Named(args, name) ?? (args.Count > first + offset ? args.At(first + offset).ToStringValue() : null);
        var word = direction switch
        {
            > 0 => At(0, "up") ?? defaults?.Up,
            < 0 => At(1, "down") ?? defaults?.Down,
            _ => At(2, "none") ?? defaults?.None ?? At(0, "up"),
        };
        return new StringValue(word ?? throw new InvalidOperationException("words for up and down are needed (pick: \"previous\", \"rose\", \"fell\")"));
    }

    private StringValue SignWord(FigureHandle figure, FilterArguments args)
    {
        if (args.Count < 2)
        {
            throw new InvalidOperationException("'sign_word' needs a word for a positive figure and one for a negative one");
        }

        var exact = Exact(figure);
        return new StringValue(exact >= 0 || args.Count < 2 ? (exact == 0 && args.Count > 2 ? args.At(2) : args.At(0)).ToStringValue() : args.At(1).ToStringValue());
    }

    private StringValue Conjunction(FigureHandle figure, FilterArguments args)
    {
        var same = Direction(figure, Role(args, 0, "conj")) == Direction(figure, Role(args, 1, "conj"));
        return new StringValue(same
            ? Named(args, "same") ?? (args.Count > 2 ? args.At(2).ToStringValue() : Words.Same)
            : Named(args, "differ") ?? (args.Count > 3 ? args.At(3).ToStringValue() : Words.Differ));
    }

    private static Scale ScaleArgument(FilterArguments args, int index, Scale fallback)
    {
        if (args.Count <= index)
        {
            return fallback;
        }

        var name = args.At(index).ToStringValue();
        return ScaleNames.TryParse(name, out var scale) ? scale : throw new InvalidOperationException($"'{name}' is not a scale (units, thousands, millions, billions)");
    }

    private string AmountPattern(string currency, Scale scale) =>
        Words.Amounts.GetValueOrDefault(currency)?.GetValueOrDefault(scale)
        ?? throw new InvalidOperationException($"pack.yaml's languages.{language.Tag}.text.amounts has no pattern for {currency} {scale.Name()}");

    private static FigureSource Source(FigureHandle figure, PeriodPlan? basePeriod, FigureKind kind, decimal value, string measure) =>
        new(figure.Item, figure.Period.Key, basePeriod?.Key, kind, value, null, null, null, null, measure);
}
