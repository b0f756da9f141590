namespace ReportGen.Pipeline;

/// <summary>What a run is asked to do, with every path resolved.</summary>
/// <param name="Formats">The output formats to write (registered renderer names); none for a check only.</param>
/// <param name="Published">Figures as a release printed them, to compare with; none when null.</param>
public sealed record JobRequest(string Dataset, string Templates, string Out, string? Published, IReadOnlyList<string> Formats, BuildOptions Options)
{
    /// <summary>Renders the release's files; otherwise only checks and writes the tie-out.</summary>
    public bool RenderRelease => Formats.Count > 0;
}
