namespace ReportGen.Dataset;

public sealed record Company(string Id, Localized Name, Localized ShortName, string Ticker, string? Exchange);

public sealed record ConvenienceTranslation(string Currency, decimal Rate, DateOnly Date);

/// <summary>The canonical dataset of one company-quarter: facts only, validated against <c>schema/dataset.schema.json</c>.</summary>
public sealed record QuarterlyDataset(
    string SourcePath,
    Company Company,
    int FiscalYear,
    DateOnly FiscalYearEnd,
    int Quarter,
    DateOnly ReleaseDate,
    string Currency,
    IReadOnlyList<Period> Periods,
    ConvenienceTranslation? Convenience,
    IReadOnlyDictionary<string, Fact> Facts,
    IReadOnlyList<Pin> Pins,
    IReadOnlyDictionary<string, Localized> Notes)
{
    public Period PeriodOf(PeriodRole role) => Periods.First(p => p.Role == role);

    /// <summary>The period of a role named as templates name it (<c>current</c>, <c>yearAgo</c>, <c>previous</c>).</summary>
    public Period PeriodOf(string role) => PeriodRoleNames.TryParse(role, out var parsed)
        ? PeriodOf(parsed)
        : throw new ArgumentOutOfRangeException(nameof(role), role, "Not a period role.");
}
