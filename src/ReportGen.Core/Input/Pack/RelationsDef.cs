namespace ReportGen.Input.Pack;

/// <summary><c>relations.yaml</c>: derived items, relations that must foot, and ties between statements and tables.</summary>
internal sealed class RelationsDef : Located
{
    public List<DerivedDef> Derived { get; init; } = [];

    public List<RelationDef> Relations { get; init; } = [];

    public List<TieDef> Ties { get; init; } = [];
}

/// <summary>An item the engine computes: a signed sum of items (<c>-x</c> subtracts), or a quotient.</summary>
internal sealed class DerivedDef : Located
{
    public string Id { get; init; } = "";

    public List<string> Sum { get; init; } = [];

    public QuotientDef? Quotient { get; init; }
}

/// <summary>numerator / denominator: a per-share figure.</summary>
internal sealed class QuotientDef : Located
{
    public string Numerator { get; init; } = "";

    public string Denominator { get; init; } = "";

    /// <summary>A ratio in percent (a gross margin for text): 100 × numerator / denominator.</summary>
    public bool Percent { get; init; }
}

/// <summary>A reported total and its components with signs: checked on every period, and footed when rounded.</summary>
internal sealed class RelationDef : Located
{
    public string Id { get; init; } = "";

    public string Total { get; init; } = "";

    public List<string> Sum { get; init; } = [];
}

/// <summary>Two items that must agree: <c>left = right</c> (or <c>left = -right</c>), optionally across periods.</summary>
internal sealed class TieDef : Located
{
    public string Id { get; init; } = "";

    public string Left { get; init; } = "";

    public string Right { get; init; } = "";

    /// <summary>Period role of the left side; all periods when omitted.</summary>
    public string? LeftPeriod { get; init; }

    /// <summary>Period role of the right side, for a tie across periods (opening cash = last quarter's closing cash).</summary>
    public string? RightPeriod { get; init; }

    /// <summary>When set, the right side is its change from this period role to the right period (the quarter's movement in a balance).</summary>
    public string? RightChangeFrom { get; init; }
}
