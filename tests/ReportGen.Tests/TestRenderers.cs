using ReportGen.Excel;
using ReportGen.Pdf;
using ReportGen.Pipeline;
using ReportGen.Rendering;

namespace ReportGen.Tests;

/// <summary>The formats the program offers, registered as the command line registers them, for tests that run whole jobs.</summary>
internal static class TestRenderers
{
    public static RendererRegistry All { get; } = new RendererRegistry().Add(new ExcelRenderer()).Add(new PdfRenderer());

    public static JobResult Run(JobRequest request) => ReleaseJob.Run(request, All);

    /// <summary>A build of every format, with the published figures beside the dataset when there are any.</summary>
    public static JobRequest Build(string dataset, string pack, string output, params string[] formats) =>
        new(dataset, pack, output, Published(dataset), formats.Length == 0 ? ["xlsx", "pdf"] : formats, new BuildOptions());

    public static string? Published(string dataset)
    {
        var beside = Path.Combine(Path.GetDirectoryName(dataset)!, "published-en.tsv");
        return File.Exists(beside) ? beside : null;
    }
}
