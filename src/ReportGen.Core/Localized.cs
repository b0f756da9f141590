namespace ReportGen;

/// <summary>A text in Japanese and English.</summary>
public sealed record Localized(string Ja, string En)
{
    public string this[Language language] => language == Language.Ja ? Ja : En;
}
