namespace ReportGen.Templates;

/// <summary>A footnote or note in one language: its marker as printed and its text.</summary>
public sealed class FootnoteText : Located
{
    public string Mark { get; init; } = "";

    /// <summary>What starts the note's line under the table (<c>Note (1):</c>); the mark when omitted.</summary>
    public string? Lead { get; init; }

    /// <summary>The text; placeholders {rate} {rateDate} {currentDate} are filled from the dataset.</summary>
    public string Text { get; init; } = "";
}

/// <summary>A footnote, numbered separately in each language as the release numbers it. A language without it prints no marker.</summary>
public sealed class FootnoteDef : Located
{
    public FootnoteText? Ja { get; init; }

    public FootnoteText? En { get; init; }

    /// <summary>When set, the text is the dataset's note of this id (a quarter's own disclosure); absent there, the footnote is left out.</summary>
    public string? DatasetNote { get; init; }

    public FootnoteText? this[Language language] => language == Language.Ja ? Ja : En;
}
