namespace ReportGen.Binding;

/// <summary>A component of a sum: an item id and its sign (<c>-so.income_tax</c> subtracts).</summary>
public readonly record struct SignedTerm(int Sign, string Item)
{
    internal static SignedTerm Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith('-'))
        {
            return new SignedTerm(-1, trimmed[1..].Trim());
        }

        return new SignedTerm(1, trimmed.StartsWith('+') ? trimmed[1..].Trim() : trimmed);
    }

    public override string ToString() => (Sign < 0 ? "-" : "+") + Item;
}
