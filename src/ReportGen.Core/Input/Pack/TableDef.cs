namespace ReportGen.Input.Pack;

/// <summary>A table or statement of the release: one file under <c>tables/</c>.</summary>
internal sealed class TableDef : Located
{
    public string Id { get; init; } = "";

    /// <summary>The worksheet name in each language.</summary>
    public LocalizedText Sheet { get; init; } = new();

    public LocalizedText Title { get; init; } = new();

    /// <summary>Lines under the title: the periods covered, the unit caption.</summary>
    public List<LocalizedText> Subtitle { get; init; } = [];

    /// <summary>The scale money prints in: <c>units</c>, <c>thousands</c>, <c>millions</c>, <c>billions</c>, or <c>native</c> (as held).</summary>
    public string Amounts { get; init; } = "native";

    /// <summary>Decimal places of amounts held in a unit that is not money (bandwidth in Gbps: 1).</summary>
    public int? Decimals { get; init; }

    /// <summary>How an absent figure prints: <c>""</c> (blank) or <c>"-"</c>.</summary>
    public string Absent { get; init; } = "";

    /// <summary>The item that shares are a percentage of (total revenues, total assets).</summary>
    public string? ShareOf { get; init; }

    /// <summary>A second header row groups each period's columns under its date.</summary>
    public bool GroupByPeriod { get; init; }

    /// <summary>Every percentage prints its % sign; when false, only rows marked <c>percentSign</c> do (US-style statements).</summary>
    public bool PercentSign { get; init; } = true;

    /// <summary>A financial statement: it starts a page of its own, portrait where it fits at a readable size, else landscape.</summary>
    public bool Statement { get; init; }

    /// <summary>A line above the title, left: the company as the statement names it (<c>INTERNET INITIATIVE JAPAN INC.</c>).</summary>
    public LocalizedText? Caption { get; init; }

    /// <summary>The same line, right: what the release calls the table (<c>Appendix 1</c>).</summary>
    public LocalizedText? Tag { get; init; }

    public List<ColumnDef> Columns { get; init; } = [];

    public List<RowDef> Rows { get; init; } = [];

    /// <summary>Notes printed under the table, in order; ids from <c>footnotes.yaml</c>.</summary>
    public List<string> Notes { get; init; } = [];
}

/// <summary>A column: exactly one of <see cref="Value"/>, <see cref="Convenience"/>, <see cref="Share"/>, <see cref="Change"/>, naming a period role.</summary>
internal sealed class ColumnDef : Located
{
    public string? Value { get; init; }

    /// <summary>The convenience translation of a period's amounts (the USD column).</summary>
    public string? Convenience { get; init; }

    public string? Share { get; init; }

    /// <summary>The base period role of a change: <see cref="To"/> is compared with it.</summary>
    public string? Change { get; init; }

    /// <summary>The period role a change is of; <c>current</c> when omitted.</summary>
    public string? To { get; init; }

    public LocalizedText? Header { get; init; }

    /// <summary>A heading over this column and its neighbours with the same text (defaults to the period's date in grouped tables).</summary>
    public LocalizedText? Group { get; init; }

    public double? Width { get; init; }
}

/// <summary>A row: a line item, or a section header, or a blank spacer.</summary>
internal sealed class RowDef : Located
{
    public string? Item { get; init; }

    /// <summary>A label-only row: a key of the label catalogue.</summary>
    public string? Header { get; init; }

    public bool Spacer { get; init; }

    /// <summary>Only in this language's document: a heading one language prints and another does not.</summary>
    public string? Only { get; init; }

    /// <summary>A catalogue key that overrides the item's default label in this table.</summary>
    public string? Label { get; init; }

    /// <summary>A catalogue key printed before the label on the same line, the label then aligned with the rows of its indent (tiers: <c>IP Services</c> 64kbps – 128kbps).</summary>
    public string? Lead { get; init; }

    public int Indent { get; init; }

    /// <summary><c>subtotal</c> or <c>total</c>: a rule above and bold figures.</summary>
    public string? Style { get; init; }

    /// <summary>Column kinds this row shows (<c>value</c>, <c>convenience</c>, <c>share</c>, <c>change</c>); all when empty.</summary>
    public List<string> Show { get; init; } = [];

    /// <summary>Print the item in its own unit, unscaled and without footing (per-share figures).</summary>
    public bool Native { get; init; }

    /// <summary>Decimal places of amounts in this row, where the table's default does not fit (per-ADS figures).</summary>
    public int? Decimals { get; init; }

    /// <summary>Print percentages of this row with a % sign (the first and last rows of a US-style statement).</summary>
    public bool PercentSign { get; init; }

    /// <summary>Footnote ids whose markers follow the label, per language.</summary>
    public LocalizedList? Footnotes { get; init; }
}
