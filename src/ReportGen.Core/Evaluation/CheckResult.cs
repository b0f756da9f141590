using ReportGen.Diagnostics;

namespace ReportGen.Evaluation;

/// <summary>What a check compares: a reported total with its components, two items that must agree, or a footed column.</summary>
public enum CheckKind
{
    Relation,
    Tie,
    Footing,
}

/// <summary>One check on one period: both sides in the unit named, and where the check is declared.</summary>
public sealed record CheckResult(
    CheckKind Kind,
    string Id,
    string Period,
    string Left,
    decimal LeftValue,
    string Right,
    decimal RightValue,
    string Unit,
    SourceLocation? Location)
{
    public decimal Difference => LeftValue - RightValue;

    public bool Passed => Difference == 0;
}
