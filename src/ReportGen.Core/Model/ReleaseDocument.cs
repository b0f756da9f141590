namespace ReportGen.Model;

/// <summary>Document properties: written into the workbook and the PDF.</summary>
public sealed record DocumentMetadata(string Title, string Author, string Subject, string Language, DateTimeOffset Created, string Keywords);

/// <summary>A data-sheet row: a fact or derived item in its own unit, by period; a derived item carries its formula.</summary>
public sealed record DataRow(string Item, string Label, string Unit, IReadOnlyList<decimal?> Values, IReadOnlyList<Formula?> Formulas);

/// <summary>The facts behind the tables: what every formula of a workbook refers to.</summary>
public sealed record DataSheet(string SheetName, IReadOnlyList<string> PeriodHeaders, IReadOnlyList<string> PeriodKeys, string RateLabel, decimal? Rate, IReadOnlyList<DataRow> Rows);

/// <summary>One language's release: title lines, its tables in order, and the data they are computed from.</summary>
public sealed record ReleaseDocument(
    string Language,
    string FileStem,
    IReadOnlyList<string> TitleLines,
    string Header,
    DocumentMetadata Metadata,
    IReadOnlyList<TableModel> Tables,
    DataSheet Data);
