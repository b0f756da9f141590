using ReportGen.Binding;

namespace ReportGen.Preparation;

/// <summary>A fact a pack needs, as <c>reportgen facts</c> lists it.</summary>
/// <param name="Unit">The unit <c>facts.yaml</c> declares; null where the pack declares none.</param>
/// <param name="Labels">Its label in each language of the pack, as the pack writes it.</param>
/// <param name="Roles">The period roles a dataset must give it for, in the pack's order.</param>
public sealed record FactListing(string Id, Unit? Unit, IReadOnlyDictionary<string, string> Labels, IReadOnlyList<string> Roles, IReadOnlyList<string> UsedBy);
