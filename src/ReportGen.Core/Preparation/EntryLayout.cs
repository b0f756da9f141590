namespace ReportGen.Preparation;

/// <summary>Where things stand in an entry workbook: what <see cref="EntryBook"/> writes and <see cref="EntryImport"/> reads.</summary>
internal static class EntryLayout
{
    public const string Facts = "Facts";
    public const string Release = "Release";
    public const string Periods = "Periods";
    public const string Notes = "Notes";
    public const string Pins = "Pins";

    /// <summary>The Facts sheet: roles above the period columns, captions, then one row per fact.</summary>
    public const int FactsRoleRow = 4;
    public const int FactsHeaderRow = 5;
    public const int FactsFirstRow = 6;

    /// <summary>The other sheets: captions in the first row, entries below.</summary>
    public const int HeaderRow = 1;
    public const int FirstRow = 2;

    public const string Id = "id";
    public const string Unit = "unit";
    public const string Sum = "sum";
    public const string Check = "check";

    /// <summary>What a cell holds where a period has nothing to report.</summary>
    public const string Nothing = "-";

    public static readonly string[] ReleaseCaptions = ["field", "value", "what it is"];
    public static readonly string[] PeriodCaptions = ["key", "role", "fiscalYear", "quarter", "start", "end"];
    public static readonly string[] PinCaptions = ["item", "period", "measure", "base", "scale", "value", "reason"];
    public static readonly string[] Measures = ["amount", "convenience", "share", "change"];

    public static string Label(string language) => $"label ({language})";

    public static string Text(string language) => $"text ({language})";
}
