using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Pdf;

/// <summary>
/// Makes PDFsharp's output depend on the content alone: the random six-letter font-subset tags and the XMP uuids are
/// replaced after saving by values of the same length derived from the content, so byte offsets stay valid.
/// </summary>
internal static partial class Reproducible
{
    public static string IdentifierOf(string text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];

    public static void Normalize(byte[] pdf, Stream output)
    {
        // Latin-1 maps every byte to one char and back, so binary streams survive and lengths do not change.
        var text = Encoding.Latin1.GetString(pdf);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        text = SubsetTag().Replace(text, m =>
        {
            if (!tags.TryGetValue(m.Groups[1].Value, out var tag))
            {
                tag = "RG" + ((char)('A' + (tags.Count / 26 % 26))).ToString() + ((char)('A' + (tags.Count % 26))).ToString() + "AA";
                tags[m.Groups[1].Value] = tag;
            }

            return "/" + tag + "+" + m.Groups[2].Value;
        });

        var uuid = IdentifierOf(text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var fixedUuid = $"{uuid[..8]}-{uuid[8..12]}-{uuid[12..16]}-{uuid[16..20]}-{uuid[20..32]}".ToLowerInvariant();
        text = XmpUuid().Replace(text, "uuid:" + fixedUuid);
        output.Write(Encoding.Latin1.GetBytes(text));
    }

    [GeneratedRegex(@"/([A-Z]{6})\+(Noto)")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex XmpUuid();
}
