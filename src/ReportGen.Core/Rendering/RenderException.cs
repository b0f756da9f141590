using ReportGen.Documents;

namespace ReportGen.Rendering;

/// <summary>A renderer failed on a block of a document: says which, so the failure is not taken for bad input or a full disk.</summary>
public sealed class RenderException : Exception
{
    public RenderException(ReleaseDocument document, int blockIndex, Block block, Exception inner)
        : base($"document '{document.FileStem}' ({document.Language}), block {blockIndex + 1} ({block.Describe()}): {inner.Message}", inner)
    {
        Where = $"document '{document.FileStem}' ({document.Language}), block {blockIndex + 1} ({block.Describe()})";
    }

    public RenderException()
    {
        Where = "";
    }

    public RenderException(string message)
        : base(message)
    {
        Where = "";
    }

    public RenderException(string message, Exception innerException)
        : base(message, innerException)
    {
        Where = "";
    }

    /// <summary>The document and block at fault.</summary>
    public string Where { get; }

    /// <summary>Runs a renderer's work on one block, so that an exception names the block it happened on.</summary>
    public static void Guard(ReleaseDocument document, int blockIndex, Block block, Action draw)
    {
        try
        {
            draw();
        }
        catch (Exception exception) when (exception is not RenderException and not OperationCanceledException)
        {
            throw new RenderException(document, blockIndex, block, exception);
        }
    }
}
