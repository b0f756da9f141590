using ReportGen.Binding;
using ReportGen.Diagnostics;
using ReportGen.Documents;
using ReportGen.Evaluation;
using ReportGen.Input;

namespace ReportGen.TieOut;

/// <summary>A figure that forced footing moved off its plain rounding, or a column that could not be made to foot.</summary>
/// <param name="Column">The rounded measure: <c>amount in JPY_millions</c>, <c>USD thousands</c>, <c>% of so.total_revenues</c>.</param>
public sealed record FootingStep(string Column, string Period, string Relation, string? Item, decimal? HalfUp, decimal? Printed, decimal? Residual);

/// <summary>Everything a reviewer signs off: every check with its result, every footing step, every pin, every difference.</summary>
public sealed record TieOutReport(
    string Title,
    string DatasetPath,
    string PackPath,
    string? PublishedPath,
    IReadOnlyList<CheckResult> Checks,
    IReadOnlyList<FootingStep> Footing,
    IReadOnlyList<Pin> Pins,
    IReadOnlyList<Difference> Differences,
    IReadOnlyList<Diagnostic> Failures)
{
    public bool Passed => Failures.Count == 0;

    internal static TieOutReport Create(
        ReleasePlan plan,
        IReadOnlyList<CheckResult> checks,
        IReadOnlyList<FootingOutcome> footing,
        IReadOnlyList<ReleaseDocument> documents,
        IReadOnlyList<ReleaseDocument> unpinned,
        IReadOnlyList<Diagnostic> failures,
        string? publishedPath)
    {
        var differences = new List<Difference>();
        if (publishedPath is not null)
        {
            var published = PublishedFigures.Load(publishedPath);
            var language = documents.Select(d => d.Language).LastOrDefault(l => l == "en") ?? documents[0].Language;
            differences.AddRange(DifferenceFinder.Compare(
                published,
                documents.First(d => d.Language == language),
                unpinned.First(d => d.Language == language)));
        }

        var name = plan.Company.Name.GetValueOrDefault("en") ?? plan.Company.Name.Values.First();
        return new TieOutReport(
            $"{name} ({plan.Company.Ticker}): tie-out for the quarter ended {plan.Current.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}",
            plan.DatasetPath,
            plan.Pack.Directory,
            publishedPath,
            checks,
            footing.Select(f => new FootingStep(f.Measure.ToString(), f.Period, f.Relation, f.Node, f.HalfUp, f.Printed, f.Residual)).ToList(),
            plan.Pins,
            differences,
            failures);
    }
}
