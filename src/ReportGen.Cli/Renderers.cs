using ReportGen.Excel;
using ReportGen.Pdf;
using ReportGen.Rendering;

namespace ReportGen.Cli;

/// <summary>The output formats this program offers. A new format is a project implementing <see cref="IRenderer"/> and one line here.</summary>
internal static class Renderers
{
    public static RendererRegistry All { get; } = new RendererRegistry()
        .Add(new ExcelRenderer())
        .Add(new PdfRenderer());
}
