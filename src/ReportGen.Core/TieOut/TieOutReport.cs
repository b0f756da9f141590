using ReportGen.Binding;
using ReportGen.Diagnostics;
using ReportGen.Documents;
using ReportGen.Evaluation;
using ReportGen.Input;

namespace ReportGen.TieOut;

/// <summary>A figure that forced footing moved off its plain rounding, or a column that could not be made to foot.</summary>
/// <param name="Column">The rounded measure: <c>amount in JPY_millions</c>, <c>USD thousands</c>, <c>% of so.total_revenues</c>.</param>
/// <param name="Percent">The measure is a percentage.</param>
/// <param name="Relation">The total that the move makes add up.</param>
public sealed record FootingStep(string Column, bool Percent, string Period, string Relation, string? Item, decimal? HalfUp, decimal? Printed, decimal? Residual);

/// <summary>A file the tie-out checked, identified by its SHA-256.</summary>
public sealed record TieOutInput(string Role, string Path, string Sha256, string? Description);

/// <summary>
/// Everything a reviewer signs off: which inputs were checked (by hash) with which tool, every failure, every printed
/// figure that differs from the published one, every pin and footing move, and every check that holds.
/// </summary>
/// <param name="Job">The release's job name; the report's files are named after it.</param>
/// <param name="Labels">Each item's label in the report's language, so the report names line items as the release does.</param>
/// <param name="Tables">Each table's title in the report's language.</param>
/// <param name="Dated">The documents' date: the release date, or SOURCE_DATE_EPOCH.</param>
public sealed record TieOutReport(
    string Job,
    string Title,
    IReadOnlyList<TieOutInput> Inputs,
    string Tool,
    DateTimeOffset Dated,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> Tables,
    IReadOnlyList<CheckResult> Checks,
    IReadOnlyList<FootingStep> Footing,
    IReadOnlyList<Pin> Pins,
    IReadOnlyList<Difference> Differences,
    IReadOnlyList<Diagnostic> Failures)
{
    public bool Passed => Failures.Count == 0;

    /// <summary>The figures in the documents' text: bound to the dataset, or typed in the prose.</summary>
    public IReadOnlyList<TextFigure> TextFigures { get; init; } = [];

    /// <summary>Was a published-figures file given to compare with?</summary>
    public bool Compared => Inputs.Any(i => i.Role == "published");

    /// <summary>An item's label with its id: <c>Total revenues (so.total_revenues)</c>; the id alone where it has no label.</summary>
    public string Name(string item) => Labels.TryGetValue(item, out var label) && label != item ? $"{label} ({item})" : item;

    internal static TieOutReport Create(
        ReleasePlan plan,
        IReadOnlyList<CheckResult> checks,
        IReadOnlyList<FootingOutcome> footing,
        DocumentSet documents,
        IReadOnlyList<ReleaseDocument> unpinned,
        IReadOnlyList<Diagnostic> failures,
        string? publishedPath,
        ItemValues? values = null)
    {
        var language = documents.Documents.Select(d => d.Language).FirstOrDefault(l => l == "en") ?? documents.Documents[0].Language;
        var document = documents.Documents.First(d => d.Language == language);
        var inputs = new List<TieOutInput>
        {
            new("dataset", plan.DatasetPath, plan.DatasetFingerprint, null),
            new("pack", plan.Pack.Directory, plan.Pack.Fingerprint, $"{plan.Pack.Name}, version {plan.Pack.Version}"),
        };
        inputs.AddRange(plan.Prose.Values.OrderBy(p => p.Path, StringComparer.Ordinal).Select(p => new TieOutInput("prose", p.Path, p.Fingerprint, $"'{p.Language}' text")));
        var differences = new List<Difference>();
        if (publishedPath is not null)
        {
            var published = PublishedFigures.Load(publishedPath);
            inputs.Add(new TieOutInput("published", publishedPath, Fingerprints.OfFile(publishedPath), null));
            differences.AddRange(DifferenceFinder.Compare(published, document, unpinned.First(d => d.Language == language)));
        }

        var name = plan.Company.Name.GetValueOrDefault(language) ?? plan.Company.Name.Values.First();
        var labels = document.Data.Rows.ToDictionary(r => r.Item, r => r.Label, StringComparer.Ordinal);
        string Label(string item) => labels.GetValueOrDefault(item) ?? item;

        // A relation is named by its total; a derived item by its formula (Other = Value-added services - Data center), since
        // footing one of its terms is what makes it add up.
        string Formula(DerivedItem derived) => derived is DerivedSum sum
            ? $"{Label(sum.Id)} = {string.Join(" ", sum.Terms.Select((t, i) => (t.Sign < 0 ? "- " : i == 0 ? "" : "+ ") + Label(t.Item)))}"
            : derived.Id;
        var totals = plan.Pack.Relations.Select(r => (r.Id, r.Total)).Concat(plan.Pack.Ties.Select(t => (t.Id, Total: t.Left))).Concat(plan.Pack.Derived.Select(d => (d.Id, Total: Formula(d))))
            .GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.First().Total, StringComparer.Ordinal);
        string Column(Measure measure) => measure.Kind switch
        {
            MeasureKind.Amount => $"{measure.Currency} {measure.Scale.Name()}",
            MeasureKind.Convenience => $"{measure.Currency} {measure.Scale.Name()} (translation)",
            _ => $"% of {Label(measure.ShareBase!)}",
        };
        return new TieOutReport(
            documents.Job,
            $"{name} ({plan.Company.Ticker}), quarter ended {plan.Current.End:yyyy-MM-dd}",
            inputs,
            ToolVersion.Text,
            document.Metadata.Created,
            labels,
            document.Tables.ToDictionary(t => t.Id, t => t.Title, StringComparer.Ordinal),
            checks,
            footing.Select(f => new FootingStep(Column(f.Measure), f.Measure.Kind == MeasureKind.Share, f.Period, totals.GetValueOrDefault(f.Relation) ?? f.Relation, f.Node, f.HalfUp, f.Printed, f.Residual)).ToList(),
            plan.Pins,
            differences,
            failures)
        {
            TextFigures = TextFigureFinder.Find(plan, documents.Documents, values),
        };
    }
}
