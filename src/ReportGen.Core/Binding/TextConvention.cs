namespace ReportGen.Binding;

/// <summary>The words of a direction: up, down, or neither.</summary>
public sealed record DirectionWords(string Up, string Down, string None);

/// <summary>
/// How figures read in running text in one language: the scale amounts print at, how a signed figure shows a negative,
/// an amount's pattern by currency and scale (<c>JPY {n} million</c>, <c>{n}百万円</c>), and the words of changes.
/// </summary>
public sealed record TextConvention(
    Scale Scale,
    string Negative,
    IReadOnlyDictionary<string, IReadOnlyDictionary<Scale, string>> Amounts,
    DirectionWords Change,
    DirectionWords Changed,
    DirectionWords Size,
    string Same,
    string Differ);
