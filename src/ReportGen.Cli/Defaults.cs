namespace ReportGen.Cli;

/// <summary>Finds the bundled sample and pack: from the working directory upwards, then from the program's folder upwards.</summary>
public static class Defaults
{
    public const string SampleDataset = "samples/iij-2q03/dataset.json";
    public const string Templates = "templates/iij";
    public const string Output = "output";

    public static string Root()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SampleDataset)) && Directory.Exists(Path.Combine(dir.FullName, Templates)))
                {
                    return dir.FullName;
                }
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
