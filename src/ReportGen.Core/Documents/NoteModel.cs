namespace ReportGen.Documents;

/// <summary>A note or footnote: what leads its line (its mark, or <c>Note (1):</c>) and its text.</summary>
public sealed record NoteModel(string Mark, string Text)
{
    /// <summary>The id of the footnote, as a row's or a text's marker names it.</summary>
    public string Id { get; init; } = "";

    /// <summary>A PDF prints it at the foot of the page that marks it, not under the table.</summary>
    public bool PageFoot { get; init; }

    /// <summary>The text as runs, where it holds more than words (a page reference); empty when <see cref="Text"/> is all.</summary>
    public IReadOnlyList<Run> Runs { get; init; } = [];
}
