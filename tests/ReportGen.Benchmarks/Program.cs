using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using ReportGen.Building;
using ReportGen.Excel;
using ReportGen.Model;
using ReportGen.Pdf;

BenchmarkRunner.Run<ReportGen.Benchmarks.PipelineBenchmarks>(args: args);

namespace ReportGen.Benchmarks
{

    /// <summary>
    /// Where a build's time goes, stage by stage, on the bundled sample. Run with
    /// <c>dotnet run -c Release --project tests/ReportGen.Benchmarks</c>; speed is measured here, never asserted in tests.
    /// </summary>
    [MemoryDiagnoser]
    public class PipelineBenchmarks
    {
        private string dataset = "";
        private string pack = "";
        private Release release = null!;
        private ReleaseDocument english = null!;

        [GlobalSetup]
        public void Setup()
        {
            var root = AppContext.BaseDirectory;
            while (!File.Exists(Path.Combine(root, "ReportGen.sln")))
            {
                root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("ReportGen.sln not found");
            }

            dataset = Path.Combine(root, "samples", "iij-2q03", "dataset.json");
            pack = Path.Combine(root, "templates", "iij");
            release = Release.Prepare(dataset, pack, new BuildOptions());
            english = release.Documents.Single(d => d.Language == "en");
        }

        [Benchmark(Description = "load, check, foot and build both documents")]
        public Release Prepare() => Release.Prepare(dataset, pack, new BuildOptions());

        [Benchmark(Description = "English workbook")]
        public long Workbook()
        {
            using var stream = new MemoryStream();
            ExcelRenderer.Render(english, stream);
            return stream.Length;
        }

        [Benchmark(Description = "bilingual PDF")]
        public long Pdf()
        {
            using var stream = new MemoryStream();
            PdfRenderer.Render(release.Documents, stream);
            return stream.Length;
        }
    }
}
