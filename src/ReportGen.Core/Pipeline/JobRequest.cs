using ReportGen.Binding;

namespace ReportGen.Pipeline;

/// <summary>What a run is asked to do, with every path resolved.</summary>
/// <param name="Formats">The output formats to write (registered renderer names); none for a check only.</param>
/// <param name="Published">Figures as a release printed them, to compare with; none when null.</param>
public sealed record JobRequest(string Dataset, string Templates, string Out, string? Published, IReadOnlyList<string> Formats, BuildOptions Options)
{
    /// <summary>Renders the release's files; otherwise only checks and writes the tie-out.</summary>
    public bool RenderRelease => Formats.Count > 0;

    /// <summary>The pack already read and bound from <see cref="Templates"/>: a batch reads each pack once for all its jobs.</summary>
    public PackPlan? Pack { get; init; }

    /// <summary>
    /// For a batch: given the release's job name (<c>iij-2q03</c>) once the dataset is read, the folder to write into,
    /// instead of <see cref="Out"/>. It may refuse the name by throwing a <see cref="Diagnostics.ReportGenException"/>
    /// (another job of the batch has it), which fails this job alone as bad input.
    /// </summary>
    public Func<string, string>? JobFolder { get; init; }
}
