using System.Buffers.Binary;

namespace ReportGen.Pdf;

/// <summary>
/// The characters a TrueType font draws, read from its <c>cmap</c> table: the Unicode subtable of format 12, which covers
/// every plane (the bundled Noto faces have one). A character mapped to glyph 0 (.notdef, the empty box) is not drawn.
/// </summary>
internal sealed class FontCoverage
{
    private static readonly Lazy<FontCoverage[]> Faces = new(() =>
        [Read(NotoFontResolver.Face(bold: false)), Read(NotoFontResolver.Face(bold: true))]);

    private readonly List<(int First, int Last)> ranges;

    private FontCoverage(List<(int First, int Last)> ranges)
    {
        this.ranges = ranges;
    }

    /// <summary>The bundled regular and bold faces: text is set in either, bold where a row is a total.</summary>
    public static IReadOnlyList<FontCoverage> Bundled => Faces.Value;

    public bool Covers(int codePoint)
    {
        int low = 0, high = ranges.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (codePoint < ranges[mid].First)
            {
                high = mid - 1;
            }
            else if (codePoint > ranges[mid].Last)
            {
                low = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    public static FontCoverage Read(ReadOnlySpan<byte> font)
    {
        var cmap = Table(font, "cmap");
        var count = U16(cmap, 2);
        var format12 = -1;
        for (var i = 0; i < count; i++)
        {
            var record = 4 + (i * 8);
            var (platform, encoding, offset) = (U16(cmap, record), U16(cmap, record + 2), (int)U32(cmap, record + 4));
            var unicode = platform == 0 || (platform == 3 && encoding is 1 or 10);
            var format = U16(cmap, offset);
            if (unicode && format == 12)
            {
                format12 = offset;
            }
        }

        var ranges = format12 >= 0 ? Format12(cmap[format12..]) : throw new InvalidDataException("The font has no Unicode cmap subtable of format 12.");
        ranges.Sort();
        return new FontCoverage(ranges);
    }

    private static List<(int, int)> Format12(ReadOnlySpan<byte> table)
    {
        var ranges = new List<(int, int)>();
        var groups = (int)U32(table, 12);
        for (var g = 0; g < groups; g++)
        {
            var at = 16 + (g * 12);
            var (first, last, glyph) = ((int)U32(table, at), (int)U32(table, at + 4), U32(table, at + 8));
            ranges.Add(glyph == 0 ? (first + 1, last) : (first, last));
        }

        return ranges.Where(r => r.Item1 <= r.Item2).ToList();
    }

    private static ReadOnlySpan<byte> Table(ReadOnlySpan<byte> font, string tag)
    {
        var tables = U16(font, 4);
        for (var i = 0; i < tables; i++)
        {
            var record = 12 + (i * 16);
            if (System.Text.Encoding.ASCII.GetString(font.Slice(record, 4)) == tag)
            {
                return font.Slice((int)U32(font, record + 8), (int)U32(font, record + 12));
            }
        }

        throw new InvalidDataException($"The font has no '{tag}' table.");
    }

    private static int U16(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadUInt16BigEndian(data[at..]);

    private static uint U32(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadUInt32BigEndian(data[at..]);
}
