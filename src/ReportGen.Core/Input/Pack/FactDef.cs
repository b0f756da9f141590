namespace ReportGen.Input.Pack;

/// <summary>An entry of <c>facts.yaml</c>: a fact a dataset holds for this pack, and the unit it is held in.</summary>
internal sealed class FactDef : Located
{
    /// <summary>Money as a currency and a scale (<c>JPY_thousands</c>), or a quantity (<c>count</c>, <c>Gbps</c>).</summary>
    public string Unit { get; init; } = "";
}
