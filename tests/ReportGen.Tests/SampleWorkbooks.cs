using ReportGen.Excel;

namespace ReportGen.Tests;

/// <summary>The sample's two workbooks, rendered once into a temporary folder.</summary>
public sealed class SampleWorkbooks : IDisposable
{
    private readonly string folder = Repo.TempDir();

    public SampleWorkbooks()
    {
        Sample = new SampleRelease();
        foreach (var document in Sample.Release.Documents)
        {
            var path = Path.Combine(folder, document.FileStem + ".xlsx");
            using (var stream = File.Create(path))
            {
                ExcelRenderer.Render(document, stream);
            }

            Paths[document.Language] = path;
        }
    }

    public SampleRelease Sample { get; }

    public Dictionary<string, string> Paths { get; } = [];

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
