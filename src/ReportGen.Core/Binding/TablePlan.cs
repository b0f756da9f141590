using ReportGen.Diagnostics;

namespace ReportGen.Binding;

/// <summary>A table or statement of the release.</summary>
/// <param name="Sheet">The worksheet name in each language.</param>
/// <param name="Amounts">The scale money prints in; null where amounts print in the unit each fact is held in.</param>
/// <param name="Decimals">Decimal places of amounts that are not scaled money (bandwidth: 1); 0 when null.</param>
/// <param name="Absent">How an absent figure prints: blank or <c>-</c>.</param>
/// <param name="ShareOf">The item shares are a percentage of.</param>
/// <param name="GroupByPeriod">Each period's columns stand under a heading with its date.</param>
/// <param name="PercentSign">Every percentage prints its % sign; else only rows that ask for it do.</param>
/// <param name="Statement">A financial statement: a page of its own, portrait where it fits, else landscape.</param>
/// <param name="Caption">A line above the title, left (the company, as the statement names it).</param>
/// <param name="Tag">The same line, right (<c>Appendix 1</c>).</param>
/// <param name="Notes">Footnote ids printed under the table, in order.</param>
public sealed record TablePlan(
    string Id,
    IReadOnlyDictionary<string, string> Sheet,
    LocalizedTemplate Title,
    IReadOnlyList<LocalizedTemplate> Subtitle,
    Scale? Amounts,
    int? Decimals,
    string Absent,
    string? ShareOf,
    bool GroupByPeriod,
    bool PercentSign,
    bool Statement,
    LocalizedTemplate? Caption,
    LocalizedTemplate? Tag,
    IReadOnlyList<ColumnPlan> Columns,
    IReadOnlyList<RowPlan> Rows,
    IReadOnlyList<string> Notes,
    SourceLocation? Location);

/// <summary>What a column shows of each row's item.</summary>
public enum ColumnKind
{
    /// <summary>A period's amount in the table's printed unit.</summary>
    Value,

    /// <summary>A period's amount translated at the convenience rate.</summary>
    Convenience,

    /// <summary>A period's amount as a percentage of a total (revenues, assets).</summary>
    Share,

    /// <summary>The change of one period on a base period, in percent.</summary>
    Change,
}

/// <summary>A column of a table: its kind, the period role it shows, and the pack's header, group heading and width for it.</summary>
public abstract record ColumnPlan(string Role, LocalizedTemplate? Header, LocalizedTemplate? Group, double? Width, SourceLocation? Location)
{
    public abstract ColumnKind Kind { get; }
}

public sealed record AmountColumn(string Role, LocalizedTemplate? Header, LocalizedTemplate? Group, double? Width, SourceLocation? Location)
    : ColumnPlan(Role, Header, Group, Width, Location)
{
    public override ColumnKind Kind => ColumnKind.Value;
}

public sealed record ConvenienceColumn(string Role, LocalizedTemplate? Header, LocalizedTemplate? Group, double? Width, SourceLocation? Location)
    : ColumnPlan(Role, Header, Group, Width, Location)
{
    public override ColumnKind Kind => ColumnKind.Convenience;
}

public sealed record ShareColumn(string Role, LocalizedTemplate? Header, LocalizedTemplate? Group, double? Width, SourceLocation? Location)
    : ColumnPlan(Role, Header, Group, Width, Location)
{
    public override ColumnKind Kind => ColumnKind.Share;
}

/// <summary>The change of <see cref="ColumnPlan.Role"/>'s period on <see cref="BaseRole"/>'s, in percent.</summary>
public sealed record ChangeColumn(string Role, string BaseRole, LocalizedTemplate? Header, LocalizedTemplate? Group, double? Width, SourceLocation? Location)
    : ColumnPlan(Role, Header, Group, Width, Location)
{
    public override ColumnKind Kind => ColumnKind.Change;
}

/// <summary>How a row stands out: plain, or with a rule above (a subtotal), or with a rule and bold figures (a total).</summary>
public enum RowEmphasis
{
    Normal,
    Subtotal,
    Total,
}

/// <summary>A row of a table.</summary>
/// <param name="LabelKey">The key of its label in the label catalogue; none for a spacer.</param>
/// <param name="Lead">The key of a label printed before it on the same line (a tier's group).</param>
/// <param name="Only">The one language whose document prints the row; every language when null.</param>
/// <param name="Footnotes">The footnote ids whose markers follow the label, per language.</param>
public abstract record RowPlan(string? LabelKey, int Indent, RowEmphasis Emphasis, string? Only, IReadOnlyDictionary<string, IReadOnlyList<string>> Footnotes, SourceLocation? Location)
{
    public string? Lead { get; init; }

    public bool PrintedIn(string language) => Only is null || Only == language;
}

/// <summary>A line item.</summary>
/// <param name="Shows">The column kinds the row prints a figure in.</param>
/// <param name="Native">Printed in the item's own unit, unscaled and not footed (per-share figures).</param>
/// <param name="Decimals">Decimal places of its amounts, where the table's default does not fit.</param>
/// <param name="PercentSign">Its percentages print a % sign even where the table's do not.</param>
public sealed record ItemRow(
    string Item,
    string LabelKeyOrItem,
    int Indent,
    RowEmphasis Emphasis,
    string? Only,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Footnotes,
    IReadOnlySet<ColumnKind> Shows,
    bool Native,
    int? Decimals,
    bool PercentSign,
    SourceLocation? Location)
    : RowPlan(LabelKeyOrItem, Indent, Emphasis, Only, Footnotes, Location);

/// <summary>A label-only row that heads a section.</summary>
public sealed record HeaderRow(string Label, int Indent, RowEmphasis Emphasis, string? Only, IReadOnlyDictionary<string, IReadOnlyList<string>> Footnotes, SourceLocation? Location)
    : RowPlan(Label, Indent, Emphasis, Only, Footnotes, Location);

/// <summary>A blank row.</summary>
public sealed record SpacerRow(string? Only, SourceLocation? Location)
    : RowPlan(null, 0, RowEmphasis.Normal, Only, new Dictionary<string, IReadOnlyList<string>>(), Location);
