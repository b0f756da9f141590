using ReportGen.Diagnostics;

namespace ReportGen.Input;

/// <summary>A dataset file as read: well-formed, valid against the schema, its strings not yet interpreted.</summary>
/// <param name="ReleaseDate">Null while the release date is not known yet (<c>"releaseDate": null</c>, as <c>next</c> writes it).</param>
/// <param name="Schema">The file's <c>$schema</c>, kept so that a rewritten file still points an editor at the schema.</param>
/// <param name="Templates">The pack the file names (<c>"templates"</c>, relative to the file), kept so that a rewritten file still names it.</param>
internal sealed record DatasetFile(
    string Path,
    CompanyEntry Company,
    int FiscalYear,
    DateOnly FiscalYearEnd,
    int Quarter,
    DateOnly? ReleaseDate,
    string Currency,
    IReadOnlyList<PeriodEntry> Periods,
    ConvenienceEntry? Convenience,
    IReadOnlyList<FactEntry> Facts,
    IReadOnlyList<PinEntry> Pins,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Notes,
    IReadOnlyList<LocatedText> Texts,
    SourceLocation Root,
    string Fingerprint,
    string? Schema = null,
    SourceLocation? ReleaseDateLocation = null,
    string? Templates = null);

/// <param name="ShortName">Null where the file gives none: the name stands for it.</param>
internal sealed record CompanyEntry(
    string Id,
    IReadOnlyDictionary<string, string> Name,
    IReadOnlyDictionary<string, string>? ShortName,
    string Ticker,
    string? Exchange,
    SourceLocation Location,
    SourceLocation IdLocation);

internal sealed record PeriodEntry(string Key, string Role, int FiscalYear, int? Quarter, DateOnly Start, DateOnly End, SourceLocation Location);

/// <param name="Rate">Null while the rate is not known yet.</param>
internal sealed record ConvenienceEntry(string Currency, decimal? Rate, DateOnly Date, SourceLocation Location);

/// <summary>A fact's value for a period; <see cref="Value"/> is null while it is still to be entered (<c>"3Q03": null</c>).</summary>
internal sealed record FactValueEntry(string Period, decimal? Value, SourceLocation Location);

internal sealed record FactEntry(string Id, string Unit, IReadOnlyList<FactValueEntry> Values, SourceLocation Location);

internal sealed record PinEntry(string Item, string Period, string Measure, string? Base, string? Scale, decimal Value, string Reason, SourceLocation Location);
