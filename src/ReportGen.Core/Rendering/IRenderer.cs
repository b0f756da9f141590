using ReportGen.Documents;

namespace ReportGen.Rendering;

/// <summary>
/// An output format: given a release's documents, the files it makes. A renderer lays out the document model and evaluates
/// nothing; it is registered once in a <see cref="RendererRegistry"/>, and <c>--format</c> chooses among the registered ones.
/// </summary>
public interface IRenderer
{
    /// <summary>The name <c>--format</c> takes: <c>xlsx</c>, <c>pdf</c>.</summary>
    string Format { get; }

    /// <summary>One line for <c>--help</c>: what the files are.</summary>
    string Description { get; }

    /// <summary>The files this format makes of the documents, each with how to write its bytes; nothing is written yet.</summary>
    IEnumerable<RenderedFile> Files(DocumentSet documents);
}

/// <summary>A file a renderer makes: its name in the output folder and how to write its bytes.</summary>
public sealed record RenderedFile(string Name, Action<Stream> Write);
