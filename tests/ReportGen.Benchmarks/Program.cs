using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using ReportGen.Binding;
using ReportGen.Documents;
using ReportGen.Excel;
using ReportGen.Pdf;
using ReportGen.Pipeline;
using ReportGen.Rendering;
using ReportGen.TieOut;

BenchmarkSwitcher.FromAssembly(typeof(ReportGen.Benchmarks.Sample).Assembly).Run(args);

namespace ReportGen.Benchmarks
{
    /// <summary>The bundled sample, prepared once: what each stage's benchmark starts from.</summary>
    public sealed class Sample
    {
        public Sample()
        {
            var root = AppContext.BaseDirectory;
            while (!File.Exists(Path.Combine(root, "ReportGen.sln")))
            {
                root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("ReportGen.sln not found");
            }

            Dataset = Path.Combine(root, "samples", "iij-2q03", "dataset.json");
            Published = Path.Combine(root, "samples", "iij-2q03", "published-en.tsv");
            Pack = Path.Combine(root, "templates", "iij");
            PackPlan = ReleasePipeline.LoadPack(Pack);
            Release = ReleasePipeline.Prepare(Dataset, PackPlan, new BuildOptions());
            DocumentSet documents = Release.DocumentSet;
            Files = new ExcelRenderer().Files(documents).Concat(new PdfRenderer().Files(documents)).ToDictionary(f => f.Name);
        }

        public string Dataset { get; }

        public string Published { get; }

        public string Pack { get; }

        public PackPlan PackPlan { get; }

        public Release Release { get; }

        public Dictionary<string, RenderedFile> Files { get; }
    }

    /// <summary>
    /// Where a build's time goes before rendering, on the bundled sample, warm (after the JIT; a cold process is measured
    /// by bench/cold-build.sh). Run with <c>dotnet run -c Release --project tests/ReportGen.Benchmarks -- --filter '*'</c>
    /// (add <c>--job short</c> for a quick look); speed is measured here, never asserted in tests.
    /// </summary>
    [MemoryDiagnoser]
    public class StageBenchmarks
    {
        private Sample sample = null!;
        private TieOutReport report = null!;

        [GlobalSetup]
        public void Setup()
        {
            sample = new Sample();
            report = sample.Release.TieOut(sample.Published);
        }

        [Benchmark(Description = "read and bind the pack (once per batch)")]
        public PackPlan LoadPack() => ReleasePipeline.LoadPack(sample.Pack);

        [Benchmark(Description = "read, check, foot and build the documents (ReleasePipeline.Prepare)")]
        public Release Prepare() => ReleasePipeline.Prepare(sample.Dataset, sample.PackPlan, new BuildOptions());

        [Benchmark(Description = "tie-out: compare with published, write Markdown and JSON (TieOutWriter)")]
        public int TieOut() => TieOutWriter.Markdown(sample.Release.TieOut(sample.Published)).Length + TieOutWriter.Json(report).Length;
    }

    /// <summary>Each file of the sample's release, rendered into memory (ExcelRenderer and PdfRenderer Files), warm.</summary>
    [MemoryDiagnoser]
    public class RenderBenchmarks
    {
        private Sample sample = null!;

        [ParamsSource(nameof(FileNames))]
        public string File { get; set; } = "";

        public static IEnumerable<string> FileNames() =>
            ["iij-2q03-ja.xlsx", "iij-2q03-en.xlsx", "iij-2q03-ja.pdf", "iij-2q03-en.pdf", "iij-2q03-bilingual.pdf"];

        [GlobalSetup]
        public void Setup() => sample = new Sample();

        [Benchmark(Description = "render one file")]
        public long Render()
        {
            using var stream = new MemoryStream();
            sample.Files[File].Write(stream);
            return stream.Length;
        }
    }
}
