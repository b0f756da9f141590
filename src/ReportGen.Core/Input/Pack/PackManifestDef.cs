namespace ReportGen.Input.Pack;

/// <summary><c>pack.yaml</c>: the pack's languages, periods, policies, formats, fixed wording and documents.</summary>
internal sealed class PackManifestDef : Located
{
    public string Name { get; init; } = "";

    public int Version { get; init; } = 1;

    /// <summary>The name of one release's job (its tie-out, its batch folder): a template, <c>{{ company.id }}-{{ current.key | downcase }}</c> by default.</summary>
    public string? Job { get; init; }

    /// <summary>The languages the pack publishes in, by BCP 47 tag, in the order documents are bundled.</summary>
    public Dictionary<string, LanguageDef> Languages { get; init; } = [];

    /// <summary>The period roles the pack's tables print (<c>current</c>, <c>yearAgo</c>, <c>ytd</c>, …).</summary>
    public Dictionary<string, PeriodRoleDef> Periods { get; init; } = [];

    public FootingDef Footing { get; init; } = new();

    public FormatsDef Formats { get; init; } = new();

    public WordingDef Wording { get; init; } = new();

    public HeadersDef Headers { get; init; } = new();

    public Dictionary<string, DocumentDef> Documents { get; init; } = [];

    /// <summary>PDFs that bind several languages' documents into one file, in the order given.</summary>
    public List<CombinedDef> Combined { get; init; } = [];
}

internal sealed class LanguageDef : Located
{
    /// <summary>The culture whose month names and words Humanizer uses (<c>en-US</c>, <c>fr-CA</c>); the tag when omitted.</summary>
    public string? Culture { get; init; }

    public NumbersDef Numbers { get; init; } = new();

    /// <summary>Abbreviated month names, January first, where the culture's differ from the release's (<c>Sept</c>).</summary>
    public List<string>? MonthNames { get; init; }

    /// <summary>The font a reader's spreadsheet shows this language's workbook in: one readers have (Calibri, Yu Gothic).</summary>
    public string WorkbookFont { get; init; } = "Calibri";

    /// <summary>How figures read in running text: amounts with their currency and scale, and the words of a change.</summary>
    public TextDef? Text { get; init; }
}

/// <summary>The words figures take in running text, in one language. Patterns take <c>{n}</c> (a number) and <c>{p}</c> (a percentage).</summary>
internal sealed class TextDef : Located
{
    /// <summary>The scale amounts print at in text unless a template says otherwise.</summary>
    public string Scale { get; init; } = "millions";

    /// <summary>How a figure printed with its sign (<c>signed</c>) shows a negative: <c>-{n}</c>, <c>▲{n}</c>.</summary>
    public string Negative { get; init; } = "-{n}";

    /// <summary>An amount by currency and scale: <c>JPY: { millions: "JPY {n} million" }</c>.</summary>
    public Dictionary<string, Dictionary<string, string>> Amounts { get; init; } = [];

    /// <summary>A change as a noun phrase: <c>an increase of {p}</c>.</summary>
    public WordsDef Change { get; init; } = new();

    /// <summary>A change as a verb: <c>increased {p}</c>.</summary>
    public WordsDef Changed { get; init; } = new();

    /// <summary>A change in a figure's size, its sign aside (a loss that grew is an increase): <c>an increase</c>.</summary>
    public WordsDef Size { get; init; } = new();

    /// <summary>What joins two comparisons that go the same way, or not: <c>and</c>, <c>though</c>.</summary>
    public ConjunctionDef Conjunction { get; init; } = new();
}

internal sealed class WordsDef : Located
{
    public string Up { get; init; } = "";

    public string Down { get; init; } = "";

    public string None { get; init; } = "";
}

internal sealed class ConjunctionDef : Located
{
    public string Same { get; init; } = "";

    public string Differ { get; init; } = "";
}

/// <summary>How figures print in a language: <c>1,234.5</c> and <c>(8.7%)</c>, or <c>1 234,5</c> and <c>-8,7 %</c>.</summary>
internal sealed class NumbersDef : Located
{
    public string Group { get; init; } = ",";

    public string Decimal { get; init; } = ".";

    /// <summary>How a negative figure prints, with <c>{n}</c> for its digits: <c>({n})</c>, <c>-{n}</c>, <c>▲{n}</c>.</summary>
    public string Negative { get; init; } = "({n})";

    /// <summary>How a percentage prints, with <c>{n}</c> for its digits: <c>{n}%</c>, <c>{n} %</c>.</summary>
    public string Percent { get; init; } = "{n}%";
}

internal sealed class PeriodRoleDef : Located
{
    /// <summary>What the role is, for people reading the pack and the <c>facts</c> listing.</summary>
    public string Description { get; init; } = "";

    /// <summary>What the period is: <c>quarter</c>, <c>yearToDate</c> or <c>fiscalYear</c>; with <see cref="Offset"/>, where it
    /// stands from the quarter being released. Optional; without it <c>next</c> cannot roll the role forward.</summary>
    public string? Span { get; init; }

    /// <summary>Quarters (for a quarter or a year to date) or years (for a fiscal year) from the quarter being released: 0, -1, -4.</summary>
    public int Offset { get; init; }
}

internal sealed class FootingDef : Located
{
    public bool Enabled { get; init; } = true;

    /// <summary>Decimal places of shares of a total and of changes, in percent.</summary>
    public int PercentDecimals { get; init; } = 1;
}

/// <summary>How periods and dates are written, per language; Fluid templates over a date's or period's fields.</summary>
internal sealed class FormatsDef : Located
{
    /// <summary>A period's short name: <c>2Q03</c>, <c>Q2 2024</c>.</summary>
    public LocalizedText? PeriodShort { get; init; }

    /// <summary>A period's key in a dataset, one text for every language: <c>{{ quarter }}Q{{ fy }}</c> gives 3Q03; <c>next</c> names the new periods with it.</summary>
    public string? PeriodKey { get; init; }

    /// <summary>A period's end as column groups print it: <c>Sept 30, 2003</c>, <c>2003年9月期</c>.</summary>
    public LocalizedText? PeriodDate { get; init; }

    /// <summary>A date in a note: <c>2003/9/30</c>.</summary>
    public LocalizedText? NoteDate { get; init; }

    /// <summary>A date in running text: <c>November 21, 2003</c>, <c>2003年11月21日</c>.</summary>
    public LocalizedText? LongDate { get; init; }
}

/// <summary>Every fixed word a document prints that is not a label: continuation marks, page numbers, the data sheet's captions.</summary>
internal sealed class WordingDef : Located
{
    /// <summary>Appended to a table's title on the pages it continues on.</summary>
    public LocalizedText? Continued { get; init; }

    /// <summary>The page footer, with <c>page</c> and <c>pages</c>.</summary>
    public LocalizedText? PageNumber { get; init; }

    public LocalizedText? DataId { get; init; }

    public LocalizedText? DataLabel { get; init; }

    public LocalizedText? DataUnit { get; init; }

    /// <summary>The caption of the convenience-translation rate on the data sheet.</summary>
    public LocalizedText? ConvenienceRate { get; init; }

    /// <summary>What marks an item of a bullet list (• when the pack gives none).</summary>
    public LocalizedText? Bullet { get; init; }

    /// <summary>The captions of the figures sheet's four columns, separated by |: the text, the figure printed, its source, its cell.</summary>
    public LocalizedText? FiguresColumns { get; init; }
}

/// <summary>Default column headers: templates with the column's <c>period</c> (and a change's <c>base</c>) in scope.</summary>
internal sealed class HeadersDef : Located
{
    /// <summary>An amount column's header in a table not grouped by period.</summary>
    public LocalizedText? Amount { get; init; }

    /// <summary>An amount column's header under its period's group heading.</summary>
    public LocalizedText? GroupedAmount { get; init; }

    /// <summary>The group heading over a period's columns in a table grouped by period.</summary>
    public LocalizedText? PeriodGroup { get; init; }

    public LocalizedText? Convenience { get; init; }

    public LocalizedText? Share { get; init; }

    /// <summary>A change column's header, by the role of its base period.</summary>
    public Dictionary<string, LocalizedText> Change { get; init; } = [];
}

/// <summary>One language's document: its title, running header, properties and blocks in order.</summary>
internal sealed class DocumentDef : Located
{
    /// <summary>The file name without extension; by default <c>{company}-{current period}-{language}</c>.</summary>
    public string? File { get; init; }

    public List<string> Title { get; init; } = [];

    /// <summary>The running header of each page.</summary>
    public string Header { get; init; } = "";

    /// <summary>The document's subject and keywords, as written into its properties.</summary>
    public string Subject { get; init; } = "";

    public string Keywords { get; init; } = "";

    /// <summary>The name of the data sheet in this language's workbook.</summary>
    public string DataSheet { get; init; } = "";

    /// <summary>The sheet listing every figure the document's text prints and the table cell it is; none when absent.</summary>
    public string? FiguresSheet { get; init; }

    public List<BlockDef> Blocks { get; init; } = [];
}

/// <summary>A block of a document: exactly one of its properties is set.</summary>
internal sealed class BlockDef : Located
{
    /// <summary>The document's title lines.</summary>
    public bool Title { get; init; }

    /// <summary>A table id.</summary>
    public string? Table { get; init; }

    /// <summary>A heading: a key of <c>texts.yaml</c>.</summary>
    public string? Heading { get; init; }

    /// <summary>A paragraph: a key of <c>texts.yaml</c>.</summary>
    public string? Paragraph { get; init; }

    /// <summary>A bullet list: keys of <c>texts.yaml</c>, one per bullet.</summary>
    public List<string>? Bullets { get; init; }

    /// <summary>Notes printed as a block: ids of <c>footnotes.yaml</c>.</summary>
    public List<string>? Notes { get; init; }

    /// <summary>A new page: <c>portrait</c> or <c>landscape</c>.</summary>
    public string? PageBreak { get; init; }

    /// <summary>A section of the quarter's prose (<c>prose.LANG.md</c> beside the dataset), by its key.</summary>
    public string? Prose { get; init; }

    /// <summary>A prose section the quarter may leave out; a missing one is an error otherwise.</summary>
    public bool Optional { get; init; }

    /// <summary>A heading's level: 1 for a section, 2 and 3 under it.</summary>
    public int Level { get; init; } = 1;

    /// <summary>How a paragraph is set: <c>body</c> (the default), <c>quote</c>, <c>small</c>, <c>right</c>.</summary>
    public string? Style { get; init; }

    /// <summary>Printed only where the document is bound with others (a note that points to the other language's part).</summary>
    public bool CombinedOnly { get; init; }
}

/// <summary>A PDF binding several languages' documents, in order (the bilingual release).</summary>
internal sealed class CombinedDef : Located
{
    public string File { get; init; } = "";

    public List<string> Languages { get; init; } = [];
}
