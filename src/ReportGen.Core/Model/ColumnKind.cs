namespace ReportGen.Model;

public enum ColumnKind
{
    /// <summary>A period's amount in the table's printed unit.</summary>
    Value,

    /// <summary>The current period in US dollars (thousands) at the convenience rate.</summary>
    Usd,

    /// <summary>A period's amount as a percentage of a total (revenues, assets).</summary>
    Share,

    /// <summary>The change of the current period on a base period, in percent.</summary>
    Change,
}
