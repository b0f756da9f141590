using ReportGen.Pipeline;

namespace ReportGen.Cli;

internal static class Request
{
    public static JobRequest From(CommonSettings settings, IReadOnlyList<string> formats)
    {
        var root = Defaults.Root();
        var dataset = settings.Dataset ?? Path.Combine(root, Defaults.SampleDataset);
        var published = settings.Published;
        if (published is null && dataset.Length > 0)
        {
            // By convention a release's published figures sit beside its dataset.
            var beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dataset)) ?? ".", "published-en.tsv");
            published = File.Exists(beside) ? beside : null;
        }

        return new JobRequest(
            Tool.Relative(dataset),
            Tool.Templates(settings.Templates, dataset),
            settings.Out ?? Defaults.OutputFolder(),
            published is null ? null : Tool.Relative(published),
            formats,
            BuildOptions.FromEnvironment());
    }
}
