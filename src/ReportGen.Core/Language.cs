namespace ReportGen;

/// <summary>The languages of a bilingual release.</summary>
public enum Language
{
    Ja,
    En,
}

public static class LanguageExtensions
{
    /// <summary>The BCP 47 tag, as written into document metadata: <c>ja</c>, <c>en</c>.</summary>
    public static string Tag(this Language language) => language == Language.Ja ? "ja" : "en";

    public static Language Parse(string tag) => tag switch
    {
        "ja" => Language.Ja,
        "en" => Language.En,
        _ => throw new ArgumentOutOfRangeException(nameof(tag), tag, "Expected 'ja' or 'en'."),
    };
}
