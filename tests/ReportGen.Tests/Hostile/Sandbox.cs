using System.Text.Json.Nodes;
using ReportGen.Pipeline;

namespace ReportGen.Tests.Hostile;

/// <summary>
/// A folder of its own for one hostile case: a copy of the IIJ sample (<c>in/dataset.json</c>, its published figures,
/// its prose files, the pack under <c>in/pack/</c>) and, in <c>out/</c>, the previous good output that a failed run must leave as it is.
/// </summary>
internal sealed class Sandbox : IDisposable
{
    private readonly List<IDisposable> held = [];

    private Sandbox(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public string Dataset => Path.Combine(Root, "in", "dataset.json");

    public string Published => Path.Combine(Root, "in", "published-en.tsv");

    public string Pack => Path.Combine(Root, "in", "pack");

    public string Out => Path.Combine(Root, "out");

    /// <summary>A build of every format into <see cref="Out"/>: what the command line does by default.</summary>
    public JobRequest Build => new(Dataset, Pack, Out, Published, ["xlsx", "pdf"], new BuildOptions());

    public static Sandbox Create(string previousOutput)
    {
        var sandbox = new Sandbox(Repo.TempDir());
        Directory.CreateDirectory(Path.Combine(sandbox.Root, "in"));
        File.Copy(Repo.SampleDataset, sandbox.Dataset);
        File.Copy(Repo.SamplePublished, sandbox.Published);
        foreach (var prose in Directory.GetFiles(Path.GetDirectoryName(Repo.SampleDataset)!, "prose.*.md"))
        {
            File.Copy(prose, Path.Combine(sandbox.Root, "in", Path.GetFileName(prose)));
        }

        CopyTree(Repo.Pack, sandbox.Pack);
        CopyTree(previousOutput, sandbox.Out);
        return sandbox;
    }

    /// <summary>Builds the sample into a folder, as the previous good output every case starts from.</summary>
    public static string BuildPreviousOutput()
    {
        var folder = Repo.TempDir();
        var result = TestRenderers.Run(TestRenderers.Build(Repo.SampleDataset, Repo.Pack, folder));
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        return folder;
    }

    /// <summary>Replaces one exact text of the dataset (it must be there).</summary>
    public void EditDataset(string find, string replace) => Edit(Dataset, find, replace);

    public void EditDatasetJson(Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(File.ReadAllText(Dataset))!;
        edit(node);
        File.WriteAllText(Dataset, node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>Replaces one exact text of a pack file, by its path under the pack folder.</summary>
    public void EditPack(string file, string find, string replace) => Edit(Path.Combine(Pack, file), find, replace);

    /// <summary>Keeps something open (a lock) for the run, closed when the sandbox goes.</summary>
    public void Hold(IDisposable held) => this.held.Add(held);

    public void Dispose()
    {
        foreach (var item in held)
        {
            item.Dispose();
        }

        Directory.Delete(Root, recursive: true);
    }

    private static void Edit(string path, string find, string replace)
    {
        var text = File.ReadAllText(path);
        Assert.True(text.Contains(find, StringComparison.Ordinal), $"{path} does not contain {find}");
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }

    /// <summary>Copies a folder as it is: links stay links, with their targets.</summary>
    public static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var entry in new DirectoryInfo(from).EnumerateFileSystemInfos())
        {
            var target = Path.Combine(to, entry.Name);
            if (entry.LinkTarget is { } link)
            {
                File.CreateSymbolicLink(target, link);
            }
            else if (entry is DirectoryInfo directory)
            {
                CopyTree(directory.FullName, target);
            }
            else
            {
                File.Copy(entry.FullName, target);
            }
        }
    }
}
