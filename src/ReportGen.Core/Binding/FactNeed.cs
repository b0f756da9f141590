namespace ReportGen.Binding;

/// <summary>A fact a pack needs from every dataset: the period roles it needs it for, and what needs it.</summary>
/// <param name="Roles">The roles, in the pack's order, for which a table prints the fact or a figure made from it.</param>
/// <param name="UsedBy">What needs it, for a person: <c>table 't01_revenues'</c>, <c>relation 'total_revenues'</c>.</param>
internal sealed record FactNeed(string Id, IReadOnlyList<string> Roles, IReadOnlyList<string> UsedBy);
