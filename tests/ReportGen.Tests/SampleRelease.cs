using ReportGen.Pipeline;
using ReportGen.Binding;
using ReportGen.Documents;

namespace ReportGen.Tests;

/// <summary>The bundled IIJ 2Q03 sample, prepared once and shared by the tests that read it.</summary>
public sealed class SampleRelease
{
    public SampleRelease()
    {
        Release = ReleasePipeline.Prepare(Repo.SampleDataset, Repo.Pack, new BuildOptions());
    }

    public Release Release { get; }

    public ReleaseDocument English => Release.Documents.Single(d => d.Language == "en");

    public ReleaseDocument Japanese => Release.Documents.Single(d => d.Language == "ja");
}
