using ReportGen.Diagnostics;

namespace ReportGen.Binding;

/// <summary>An item the engine computes from other items.</summary>
public abstract record DerivedItem(string Id, SourceLocation? Location);

/// <summary>A signed sum of items.</summary>
public sealed record DerivedSum(string Id, IReadOnlyList<SignedTerm> Terms, SourceLocation? Location) : DerivedItem(Id, Location);

/// <summary>numerator / denominator: a per-share figure; or, as a percentage, a ratio for text (a gross margin).</summary>
public sealed record DerivedQuotient(string Id, string Numerator, string Denominator, SourceLocation? Location, bool Percent = false) : DerivedItem(Id, Location);

/// <summary>A reported total and its components with signs: checked on every period, and footed when rounded.</summary>
public sealed record Relation(string Id, string Total, IReadOnlyList<SignedTerm> Terms, SourceLocation? Location);

/// <summary>Two items that must agree: <c>left = right</c> (or <c>left = -right</c>), optionally across periods.</summary>
/// <param name="LeftRole">The period role of the left side; every period when null.</param>
/// <param name="RightRole">The period role of the right side, for a tie across periods.</param>
/// <param name="RightChangeFromRole">When set, the right side is its movement from this period to the right period.</param>
public sealed record Tie(string Id, string Left, SignedTerm Right, string? LeftRole, string? RightRole, string? RightChangeFromRole, SourceLocation? Location)
{
    /// <summary>A tie that holds only between periods, or on a movement, is checked but takes no part in footing.</summary>
    public bool SamePeriod => LeftRole is null && RightRole is null && RightChangeFromRole is null;
}
