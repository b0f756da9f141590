using ReportGen.Binding;
using ReportGen.Diagnostics;
using ReportGen.Documents;
using ReportGen.Evaluation;
using ReportGen.TieOut;

namespace ReportGen.Pipeline;

/// <summary>
/// A release prepared for rendering: its plan, every check, its documents, and what the tie-out needs. Nothing here has
/// written a file.
/// </summary>
public sealed class Release
{
    internal Release(ItemValues values, Figures figures, IReadOnlyList<CheckResult> checks, DocumentSet documents, DocumentSet unpinned)
    {
        Values = values;
        Figures = figures;
        Checks = checks;
        DocumentSet = documents;
        UnpinnedDocuments = unpinned.Documents;
    }

    public ReleasePlan Plan => Values.Plan;

    /// <summary>Every relation and tie, checked on every period.</summary>
    public IReadOnlyList<CheckResult> Checks { get; }

    /// <summary>One document per language of the pack, in the pack's order.</summary>
    public IReadOnlyList<ReleaseDocument> Documents => DocumentSet.Documents;

    public DocumentSet DocumentSet { get; }

    /// <summary>
    /// Checks that failed: any of these stops a build. Footing failures are reported only when the facts themselves hold,
    /// since a total that does not add up cannot be footed either and would only repeat the same error.
    /// </summary>
    public IReadOnlyList<Diagnostic> Failures => FactChecks.Failures(Checks).ToList() is { Count: > 0 } facts
        ? facts
        : Figures.Outcomes.Where(o => o.Residual is not null).Select(o =>
                Messages.CannotFoot(Plan.Pack.Relations.FirstOrDefault(r => r.Id == o.Relation)?.Location, o.Relation, $"{o.Measure} {o.Period}", o.Residual!.Value))
            .ToList();

    internal ItemValues Values { get; }

    internal Figures Figures { get; }

    /// <summary>The same documents without the dataset's pins: what the engine's rule alone prints, for the differences report.</summary>
    internal IReadOnlyList<ReleaseDocument> UnpinnedDocuments { get; }

    /// <summary>The tie-out, comparing with the published figures in <paramref name="publishedPath"/> when given.</summary>
    public TieOutReport TieOut(string? publishedPath) =>
        TieOutReport.Create(Plan, Checks, Figures.Outcomes, DocumentSet, UnpinnedDocuments, Failures, publishedPath, Values);
}
