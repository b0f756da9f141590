using ReportGen.Diagnostics;
using ReportGen.Input;

namespace ReportGen.Binding;

public sealed record CompanyInfo(
    string Id,
    IReadOnlyDictionary<string, string> Name,
    IReadOnlyDictionary<string, string> ShortName,
    string Ticker,
    string? Exchange);

/// <summary>A translation of amounts into another currency for readers abroad: <see cref="Rate"/> reporting-currency units per unit.</summary>
public sealed record ConvenienceTranslation(string Currency, decimal Rate, DateOnly Date);

/// <summary>One line item's values by period key, in the unit the company holds it. A period without a value is absent.</summary>
public sealed record Fact(string Id, Unit Unit, IReadOnlyDictionary<string, decimal> Values, SourceLocation Location);

/// <summary>What a pinned figure is: an amount at a printed scale, a convenience translation, a share of a total, or a change.</summary>
public enum PinMeasure
{
    Amount,
    Convenience,
    Share,
    Change,
}

/// <summary>
/// A printed figure fixed by the preparer, with a reason: a comparative carried from an earlier release, or a percentage
/// the company computed from figures the release does not publish. A pin is used as printed and listed in the tie-out.
/// </summary>
/// <param name="Period">The period key the figure is of.</param>
/// <param name="Base">For a change: the period key it is a change on.</param>
/// <param name="Scale">For an amount: the printed unit (<c>JPY_millions</c>).</param>
/// <param name="Value">The figure as printed: an amount at its scale, a translated amount, or a percentage (−8.7 for (8.7%)).</param>
public sealed record Pin(string Item, string Period, PinMeasure Measure, string? Base, Unit? Scale, decimal Value, string Reason, SourceLocation Location);

/// <summary>
/// One release bound to its pack: the dataset's company, periods, facts and pins, resolved and typed, beside the pack's
/// tables, relations and documents. Every later stage reads this; none parses a string of the inputs again.
/// </summary>
/// <param name="DatasetFingerprint">SHA-256 of the dataset file.</param>
public sealed record ReleasePlan(
    PackPlan Pack,
    string DatasetPath,
    string DatasetFingerprint,
    CompanyInfo Company,
    int FiscalYear,
    DateOnly FiscalYearEnd,
    int Quarter,
    DateOnly ReleaseDate,
    string Currency,
    IReadOnlyList<PeriodPlan> Periods,
    ConvenienceTranslation? Convenience,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<Pin> Pins,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Notes)
{
    /// <summary>The quarter's own prose, by language; a language without a prose file has none.</summary>
    public IReadOnlyDictionary<string, ProsePlan> Prose { get; init; } = new Dictionary<string, ProsePlan>();

    /// <summary>The role of the period being released.</summary>
    public const string CurrentRole = "current";

    /// <summary>The period that plays a role; binding has checked that the dataset has one for each role the pack uses.</summary>
    public PeriodPlan Period(string role) => Periods.First(p => p.Role == role);

    public PeriodPlan Current => Period(CurrentRole);

    /// <summary>Every text of the dataset a document may print (company names, notes), with where it is written.</summary>
    internal IReadOnlyList<LocatedText> DatasetTexts { get; init; } = [];
}
