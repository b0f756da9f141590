namespace ReportGen.Tests.Hostile;

/// <summary>The sample's good output, built once and copied into every sandbox as the set a failed run must keep.</summary>
public sealed class PreviousOutput : IDisposable
{
    public PreviousOutput()
    {
        Folder = Sandbox.BuildPreviousOutput();
    }

    public string Folder { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
