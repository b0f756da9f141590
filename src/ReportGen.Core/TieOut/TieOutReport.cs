using ReportGen.Building;
using ReportGen.Dataset;
using ReportGen.Diagnostics;
using ReportGen.Evaluation;

namespace ReportGen.TieOut;

/// <summary>Everything a reviewer signs off: every check with its result, every footing step, every pin, every difference.</summary>
public sealed record TieOutReport(
    string Title,
    string DatasetPath,
    string PackPath,
    string? PublishedPath,
    IReadOnlyList<CheckResult> Checks,
    IReadOnlyList<FootingOutcome> Footing,
    IReadOnlyList<Pin> Pins,
    IReadOnlyList<Difference> Differences,
    IReadOnlyList<Diagnostic> Failures)
{
    public bool Passed => Failures.Count == 0;

    public static TieOutReport From(Release release, string? publishedPath)
    {
        var differences = new List<Difference>();
        if (publishedPath is not null)
        {
            var published = PublishedFigures.Load(publishedPath);
            var language = release.Documents.Select(d => d.Language).LastOrDefault(l => l == "en") ?? release.Documents[0].Language;
            differences.AddRange(DifferenceFinder.Compare(
                published,
                release.Documents.First(d => d.Language == language),
                release.UnpinnedDocuments.First(d => d.Language == language)));
        }

        var dataset = release.Dataset;
        return new TieOutReport(
            $"{dataset.Company.Name.En} ({dataset.Company.Ticker}): tie-out for the quarter ended {dataset.PeriodOf(PeriodRole.Current).End:yyyy-MM-dd}",
            dataset.SourcePath,
            release.Pack.Directory,
            publishedPath,
            release.Checks,
            release.Figures.Outcomes,
            dataset.Pins,
            differences,
            release.Failures);
    }
}
