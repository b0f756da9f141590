using ReportGen.Diagnostics;

namespace ReportGen.Dataset;

/// <summary>One line item's values by period key, in the unit the company holds it. A period without a value is absent.</summary>
public sealed record Fact(string Id, Unit Unit, IReadOnlyDictionary<string, decimal> Values, SourceLocation Location);
