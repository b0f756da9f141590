using ReportGen.Diagnostics;

namespace ReportGen.Binding;

/// <summary>
/// A template pack, checked and compiled: everything about a release that does not depend on the quarter's figures. One
/// pack plan serves every dataset bound to it.
/// </summary>
/// <param name="Job">The name of one release's job: its tie-out's and its batch folder's name (<c>iij-2q03</c>).</param>
/// <param name="Fingerprint">SHA-256 of every file of the pack folder.</param>
/// <param name="RolePeriods">Where each role's period stands from the quarter released, for roles that say (pack.yaml <c>span</c>, <c>offset</c>).</param>
/// <param name="FactUnits">The unit each fact is held in, as <c>facts.yaml</c> declares it; empty for a pack without one.</param>
public sealed record PackPlan(
    string Directory,
    string Name,
    int Version,
    string Fingerprint,
    TextTemplate Job,
    IReadOnlyList<LanguagePlan> Languages,
    IReadOnlyDictionary<string, string> Roles,
    FootingPolicy Footing,
    PackFormats Formats,
    PackWording Wording,
    HeaderDefaults Headers,
    IReadOnlyDictionary<string, LocalizedTemplate> Labels,
    IReadOnlyDictionary<string, LocalizedTemplate> Texts,
    IReadOnlyDictionary<string, FootnotePlan> Footnotes,
    IReadOnlyList<DerivedItem> Derived,
    IReadOnlyList<Relation> Relations,
    IReadOnlyList<Tie> Ties,
    IReadOnlyDictionary<string, TablePlan> Tables,
    IReadOnlyList<DocumentPlan> Documents,
    IReadOnlyList<CombinedPlan> Combined,
    IReadOnlyDictionary<string, RolePeriod> RolePeriods,
    IReadOnlyDictionary<string, Unit> FactUnits)
{
    public LanguagePlan Language(string tag) => Languages.First(l => l.Tag == tag);

    /// <summary>The tables some document prints, each once, in the order the documents first print them.</summary>
    public IEnumerable<TablePlan> PrintedTables =>
        Documents.SelectMany(d => d.Blocks.OfType<TableBlockPlan>()).Select(b => b.Table).Distinct(StringComparer.Ordinal).Select(id => Tables[id]);
}

/// <summary>Forced footing of rounded columns (see the footing rule in the README), and the precision of percentages.</summary>
public sealed record FootingPolicy(bool Enabled, int PercentDecimals);

/// <summary>How periods and dates are written in each language.</summary>
/// <param name="PeriodKey">How a dataset names a period (<c>{{ quarter }}Q{{ fy }}</c>): one text for all languages; null where the pack gives none.</param>
public sealed record PackFormats(LocalizedTemplate PeriodShort, LocalizedTemplate PeriodDate, LocalizedTemplate NoteDate, LocalizedTemplate LongDate, TextTemplate? PeriodKey = null);

/// <summary>The fixed words documents print that are not labels.</summary>
public sealed record PackWording(
    LocalizedTemplate Continued,
    LocalizedTemplate PageNumber,
    LocalizedTemplate DataId,
    LocalizedTemplate DataLabel,
    LocalizedTemplate DataUnit,
    LocalizedTemplate? ConvenienceRate)
{
    /// <summary>What marks an item of a bullet list, per language; • where the pack gives none.</summary>
    public LocalizedTemplate? Bullet { get; init; }

    /// <summary>The figures sheet's column captions, | between them.</summary>
    public LocalizedTemplate? FiguresColumns { get; init; }
}

/// <summary>Default column headers, by column kind; a change's by the role of its base period.</summary>
public sealed record HeaderDefaults(
    LocalizedTemplate? Amount,
    LocalizedTemplate? GroupedAmount,
    LocalizedTemplate? PeriodGroup,
    LocalizedTemplate? Convenience,
    LocalizedTemplate? Share,
    IReadOnlyDictionary<string, LocalizedTemplate> Change);

/// <summary>A footnote, numbered per language: a language without a mark prints neither the mark nor the note.</summary>
/// <param name="DatasetNote">The text is the dataset's note of this id (a quarter's own disclosure); without it the footnote is left out.</param>
/// <param name="PageFoot">A PDF prints it at the foot of the page that marks it, not under the table.</param>
public sealed record FootnotePlan(
    string Id,
    IReadOnlyDictionary<string, string> Marks,
    IReadOnlyDictionary<string, string> Leads,
    LocalizedTemplate? Text,
    string? DatasetNote,
    bool PageFoot = false)
{
    /// <summary>Where the footnote is written.</summary>
    internal SourceLocation? Location { get; init; }
}

/// <summary>A PDF that binds several languages' documents into one file (the bilingual release).</summary>
public sealed record CombinedPlan(TextTemplate File, IReadOnlyList<string> Languages);
