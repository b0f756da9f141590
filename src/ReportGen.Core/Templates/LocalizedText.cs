namespace ReportGen.Templates;

/// <summary>A Japanese and an English text in a template file. Either may be empty where a language has none.</summary>
public sealed class LocalizedText : Located
{
    public string? Ja { get; init; }

    public string? En { get; init; }

    public string? this[Language language] => language == Language.Ja ? Ja : En;
}
