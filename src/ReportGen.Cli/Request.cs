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
            Relative(dataset),
            Relative(ReleasePipeline.ChoosePack(settings.Templates, dataset, Path.Combine(root, Defaults.Templates))),
            settings.Out ?? Defaults.OutputFolder(),
            published is null ? null : Relative(published),
            formats,
            BuildOptions.FromEnvironment());
    }

    private static string Relative(string path)
    {
        // An empty path is the job's to report, as a file not found, like any other path that names nothing.
        if (path.Length == 0)
        {
            return path;
        }

        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
