namespace ReportGen.Preparation;

/// <summary>A cell's value as a workbook holds it: a formula cell's last computed value.</summary>
/// <param name="Decimals">The decimal places the cell shows a number with: 18 shown as 18.0 was typed as 18.0.</param>
public sealed record EntryValue(EntryValueKind Kind, decimal? Number = null, string? Text = null, DateOnly? Date = null, int Decimals = 0)
{
    public static EntryValue Empty { get; } = new(EntryValueKind.Empty);

    /// <summary>The value as a person would read it, for messages.</summary>
    public override string ToString() => Kind switch
    {
        EntryValueKind.Number => Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        EntryValueKind.Date => Date!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        EntryValueKind.Empty => "",
        _ => Text ?? "",
    };
}
