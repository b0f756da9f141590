namespace ReportGen.Rendering;

/// <summary>
/// A renderer that draws text with fonts of its own (the PDF): it tells which characters those fonts can draw, so that a
/// text they cannot is reported where it is written, before anything is rendered, instead of printing as empty boxes.
/// </summary>
public interface IGlyphCoverage
{
    /// <summary>The fonts, as a person names them in a message: <c>Noto Sans JP</c>.</summary>
    string FontName { get; }

    /// <summary>Whether every font the renderer uses for text draws the character <paramref name="codePoint"/>.</summary>
    bool Covers(int codePoint);
}
