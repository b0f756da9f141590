namespace ReportGen.Tests;

/// <summary>Paths of the repository under test, found from the test assembly's folder upwards.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string SampleDataset => Path.Combine(Root, "samples", "iij-2q03", "dataset.json");

    public static string SamplePublished => Path.Combine(Root, "samples", "iij-2q03", "published-en.tsv");

    public static string NextQuarterDataset => Path.Combine(Root, "samples", "iij-3q03-invented", "dataset.json");

    public static string Pack => Path.Combine(Root, "templates", "iij");

    /// <summary>The reference release, in the shared folder beside the repository.</summary>
    public static string Reference => Path.Combine(Root, "..", "shared", "reference", "iij-2q03-release.txt");

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "reportgen-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>A fresh folder holding the sample quarter's prose (prose.LANG.md): a dataset written there builds with the sample's text.</summary>
    public static string DatasetDir()
    {
        var dir = TempDir();
        foreach (var prose in Directory.GetFiles(Path.GetDirectoryName(SampleDataset)!, "prose.*.md"))
        {
            File.Copy(prose, Path.Combine(dir, Path.GetFileName(prose)));
        }

        return dir;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReportGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ReportGen.sln not found above the test assembly.");
    }
}
