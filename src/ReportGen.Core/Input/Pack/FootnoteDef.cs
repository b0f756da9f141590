namespace ReportGen.Input.Pack;

/// <summary>
/// A footnote or note, numbered separately in each language as the release numbers it: its marker, the words that lead
/// its line under a table (<c>Note (1):</c>, the marker when omitted) and its text. A language without a marker prints
/// neither the marker nor the note.
/// </summary>
internal sealed class FootnoteDef : Located
{
    public LocalizedText Mark { get; init; } = new();

    public LocalizedText Lead { get; init; } = new();

    public LocalizedText Text { get; init; } = new();

    /// <summary>When set, the text is the dataset's note of this id (a quarter's own disclosure); absent there, the footnote is left out.</summary>
    public string? DatasetNote { get; init; }

    /// <summary>Where a PDF prints it: <c>table</c> (under the table that marks it, the default) or <c>page</c> (at the foot of the page).</summary>
    public string Placement { get; init; } = "table";
}
