using PdfSharp.Fonts;

namespace ReportGen.Pdf;

/// <summary>
/// Serves the bundled Noto Sans JP faces (regular and bold, SIL OFL 1.1) for every font request, so that no system font
/// is ever used and every glyph, Japanese or Latin, comes from the same embedded family.
/// </summary>
internal sealed class NotoFontResolver : IFontResolver
{
    public const string Family = "Noto Sans JP";
    private const string Regular = "NotoSansJP-Regular";
    private const string Bold = "NotoSansJP-Bold";

    private static readonly Lock Gate = new();
    private static bool installed;

    /// <summary>Installs the resolver once per process; PDFsharp allows only one.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (!installed)
            {
                GlobalFontSettings.FontResolver = new NotoFontResolver();
                installed = true;
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular);

    /// <summary>The bytes of the bundled regular or bold face.</summary>
    public static byte[] Face(bool bold) => Load(bold ? Bold : Regular);

    public byte[]? GetFont(string faceName) => Load(faceName);

    private static byte[] Load(string faceName)
    {
        using var stream = typeof(NotoFontResolver).Assembly.GetManifestResourceStream($"fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"The font {faceName} is not embedded in ReportGen.Pdf.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
