using ReportGen.Binding;

namespace ReportGen.Evaluation;

/// <summary>A relation to foot: <c>Total = Σ sign × component</c>.</summary>
/// <param name="Derived">The total is computed by the pack (adjusted EBITDA), not reported: as a root whose components are all
/// fixed elsewhere, it takes their sum instead of failing.</param>
internal sealed record FootingRelation(string Id, string Total, IReadOnlyList<SignedTerm> Components, bool Derived = false);

/// <summary>
/// One printed column to foot: every node's exact value expressed in printing steps (millions, USD thousands, tenths of a
/// percent), the relations among them in the pack's order, and the pinned nodes.
/// </summary>
internal sealed record FootingProblem(
    IReadOnlyDictionary<string, decimal> Exact,
    IReadOnlyList<FootingRelation> Relations,
    IReadOnlyDictionary<string, decimal> Pinned);

/// <summary>A node moved off its half-up rounding so that a relation adds up.</summary>
internal sealed record FootingAdjustment(string Node, string Relation, decimal HalfUp, decimal Printed);

/// <summary>A relation that could not be made to add up: all its components were already fixed.</summary>
internal sealed record FootingFailure(string Relation, decimal Residual);

internal sealed record FootingResult(
    IReadOnlyDictionary<string, decimal> Printed,
    IReadOnlyList<FootingAdjustment> Adjustments,
    IReadOnlyList<FootingFailure> Failures);
