using ReportGen.Diagnostics;

namespace ReportGen.Input;

/// <summary>A dataset file as read: well-formed, valid against the schema, its strings not yet interpreted.</summary>
internal sealed record DatasetFile(
    string Path,
    CompanyEntry Company,
    int FiscalYear,
    DateOnly FiscalYearEnd,
    int Quarter,
    DateOnly ReleaseDate,
    string Currency,
    IReadOnlyList<PeriodEntry> Periods,
    ConvenienceEntry? Convenience,
    IReadOnlyList<FactEntry> Facts,
    IReadOnlyList<PinEntry> Pins,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Notes,
    IReadOnlyList<LocatedText> Texts,
    SourceLocation Root,
    string Fingerprint);

internal sealed record CompanyEntry(
    string Id,
    IReadOnlyDictionary<string, string> Name,
    IReadOnlyDictionary<string, string> ShortName,
    string Ticker,
    string? Exchange,
    SourceLocation Location,
    SourceLocation IdLocation);

internal sealed record PeriodEntry(string Key, string Role, int FiscalYear, int? Quarter, DateOnly Start, DateOnly End, SourceLocation Location);

internal sealed record ConvenienceEntry(string Currency, decimal Rate, DateOnly Date, SourceLocation Location);

internal sealed record FactValueEntry(string Period, decimal Value, SourceLocation Location);

internal sealed record FactEntry(string Id, string Unit, IReadOnlyList<FactValueEntry> Values, SourceLocation Location);

internal sealed record PinEntry(string Item, string Period, string Measure, string? Base, string? Scale, decimal Value, string Reason, SourceLocation Location);
