namespace ReportGen.Rendering;

/// <summary>The output formats a program offers, in the order their files are written.</summary>
public sealed class RendererRegistry
{
    private readonly List<IRenderer> renderers = [];

    public IReadOnlyList<IRenderer> All => renderers;

    public IReadOnlyList<string> Formats => renderers.Select(r => r.Format).ToList();

    /// <summary>Registers a format; a second renderer for the same format name is a programming error.</summary>
    public RendererRegistry Add(IRenderer renderer)
    {
        if (Find(renderer.Format) is not null)
        {
            throw new InvalidOperationException($"A renderer for '{renderer.Format}' is registered already.");
        }

        renderers.Add(renderer);
        return this;
    }

    public IRenderer? Find(string format) => renderers.FirstOrDefault(r => string.Equals(r.Format, format, StringComparison.OrdinalIgnoreCase));
}
