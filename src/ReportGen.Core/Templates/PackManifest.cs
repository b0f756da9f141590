namespace ReportGen.Templates;

/// <summary><c>pack.yaml</c>: the pack's name, policies, formats and each language's document.</summary>
public sealed class PackManifest : Located
{
    public string Name { get; init; } = "";

    public int Version { get; init; } = 1;

    /// <summary>Forced footing of rounded figures (see <see cref="Evaluation.Footing"/>).</summary>
    public FootingPolicy Footing { get; init; } = new();

    public PackFormats Formats { get; init; } = new();

    /// <summary>Default column headers, by column kind.</summary>
    public ColumnHeaderDefaults Headers { get; init; } = new();

    public Dictionary<string, DocumentDef> Documents { get; init; } = [];
}

public sealed class FootingPolicy : Located
{
    public bool Enabled { get; init; } = true;
}

/// <summary>How periods and dates are written in each language. Placeholders: {year} {yy} {month} {monthName} {day} {quarter} {fiscalYear} {fy}.</summary>
public sealed class PackFormats : Located
{
    public LocalizedText PeriodShort { get; init; } = new() { Ja = "{quarter}Q{fy}", En = "{quarter}Q{fy}" };

    public LocalizedText PeriodDate { get; init; } = new() { Ja = "{year}年{month}月期", En = "{monthName} {day}, {year}" };

    public LocalizedText NoteDate { get; init; } = new() { Ja = "{year}/{month}/{day}", En = "{monthName} {day}, {year}" };

    public Dictionary<string, List<string>> MonthNames { get; init; } = [];
}

public sealed class ColumnHeaderDefaults : Located
{
    public LocalizedText? Usd { get; init; }

    public LocalizedText? Amount { get; init; }

    public LocalizedText? Share { get; init; }

    public LocalizedText? ChangeYearAgo { get; init; }

    public LocalizedText? ChangePrevious { get; init; }
}

/// <summary>One language's document: its title lines, and its tables in order.</summary>
public sealed class DocumentDef : Located
{
    public List<string> Title { get; init; } = [];

    /// <summary>The running header of each page.</summary>
    public string Header { get; init; } = "{companyName}";

    /// <summary>The document's subject, as written into its properties.</summary>
    public string Subject { get; init; } = "";

    /// <summary>The name of the data sheet in this language's workbook.</summary>
    public string DataSheet { get; init; } = "Data";

    public List<string> Tables { get; init; } = [];
}
