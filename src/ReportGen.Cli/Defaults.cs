namespace ReportGen.Cli;

/// <summary>Finds the bundled sample and pack: from the working directory upwards, then from the program's folder upwards.</summary>
public static class Defaults
{
    public const string SampleDataset = "samples/iij-2q03/dataset.json";
    public const string Templates = "templates/iij";
    public const string Output = "output";

    public static string Root() => Find(Directory.GetCurrentDirectory(), AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory();

    /// <summary>
    /// Where files go when --out is not given: the checkout's <c>output/</c> when the command runs inside the checkout,
    /// else <c>output/</c> in the working directory (never the folder an installed tool's bundled samples sit in).
    /// </summary>
    public static string OutputFolder() => Path.Combine(Find(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory(), Output);

    private static string? Find(params string[] starts)
    {
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SampleDataset)) && Directory.Exists(Path.Combine(dir.FullName, Templates)))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
