using ReportGen.Pdf;

namespace ReportGen.Tests;

/// <summary>The sample's three PDFs (Japanese, English, bilingual), rendered once into a temporary folder.</summary>
public sealed class SamplePdfs : IDisposable
{
    private readonly string folder = Repo.TempDir();

    public SamplePdfs()
    {
        Sample = new SampleRelease();
        foreach (var document in Sample.Release.Documents)
        {
            Paths[document.Language] = Render(document.FileStem + ".pdf", [document]);
        }

        Paths["bilingual"] = Render("bilingual.pdf", Sample.Release.Documents);
    }

    public SampleRelease Sample { get; }

    public Dictionary<string, string> Paths { get; } = [];

    public string Folder => folder;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Render(string name, IReadOnlyList<ReportGen.Documents.ReleaseDocument> documents)
    {
        var path = Path.Combine(folder, name);
        using var stream = File.Create(path);
        PdfRenderer.Render(documents, stream);
        return path;
    }
}
