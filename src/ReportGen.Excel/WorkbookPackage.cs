using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace ReportGen.Excel;

/// <summary>
/// The pass after ClosedXML saves, in one copy of the zip: writes the engine's figures as the cached values of formula
/// cells (so readers that never recalculate show them), tells Excel not to recalculate on open, makes print titles
/// absolute, and writes the entries in a fixed order with fixed timestamps so that the same inputs give the same bytes.
/// </summary>
internal static partial class WorkbookPackage
{
    private const string CorePropertiesFolder = "package/services/metadata/core-properties/";
    private const string CorePropertiesName = CorePropertiesFolder + "core.psmdcp";
    private static readonly DateTimeOffset ZipEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Finish(MemoryStream saved, IReadOnlyDictionary<(string Sheet, string Address), CachedValue> cached, DateTimeOffset created, Stream output)
    {
        saved.Position = 0;
        using var source = new ZipArchive(saved, ZipArchiveMode.Read, leaveOpen: true);
        var sheets = SheetParts(source);
        Repack(source, output, (name, from, to) =>
        {
            if (name == WorkbookName)
            {
                FinishWorkbook(from, to);
                return true;
            }

            if (sheets.TryGetValue(name, out var sheet))
            {
                FinishSheet(from, to, sheet, cached);
                return true;
            }

            return false;
        });
    }

    private const string WorkbookName = "xl/workbook.xml";
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlWriterSettings WriterSettings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    /// <summary>Each worksheet's part (<c>xl/worksheets/sheet2.xml</c>) by its sheet's name, from the workbook and its relationships.</summary>
    private static Dictionary<string, string> SheetParts(ZipArchive package)
    {
        XDocument Load(string name)
        {
            using var stream = package.GetEntry(name)!.Open();
            return XDocument.Load(stream);
        }

        XNamespace package2006 = "http://schemas.openxmlformats.org/package/2006/relationships";
        var targets = Load("xl/_rels/workbook.xml.rels").Root!.Elements(package2006 + "Relationship")
            .ToDictionary(r => (string)r.Attribute("Id")!, r => ((string)r.Attribute("Target")!).TrimStart('/'), StringComparer.Ordinal);
        return Load(WorkbookName).Root!.Element(XName.Get("sheets", Main))!.Elements(XName.Get("sheet", Main))
            .ToDictionary(
                s => targets[(string)s.Attribute(XName.Get("id", Relationships))!] is var target && target.StartsWith("xl/", StringComparison.Ordinal) ? target : "xl/" + target,
                s => (string)s.Attribute("name")!,
                StringComparer.Ordinal);
    }

    /// <summary>
    /// The cached values are the engine's figures, which every formula reproduces: no recalculation on opening, so Excel
    /// does not ask to save a workbook the reader never changed (the calculation engine id is Excel's own); print titles
    /// as absolute references.
    /// </summary>
    private static void FinishWorkbook(Stream from, Stream to)
    {
        var workbook = XDocument.Load(from);
        var root = workbook.Root!;
        var calc = root.Element(XName.Get("calcPr", Main));
        if (calc is null)
        {
            calc = new XElement(XName.Get("calcPr", Main));
            var before = root.Element(XName.Get("definedNames", Main)) ?? root.Element(XName.Get("sheets", Main))!;
            before.AddAfterSelf(calc);
        }

        calc.SetAttributeValue("fullCalcOnLoad", null);
        calc.SetAttributeValue("calcId", "191029");
        foreach (var name in root.Element(XName.Get("definedNames", Main))?.Elements(XName.Get("definedName", Main)).Where(n => (string?)n.Attribute("name") == "_xlnm.Print_Titles") ?? [])
        {
            name.Value = RowRange().Replace(name.Value, m => $"!${m.Groups[1].Value}:${m.Groups[2].Value}");
        }

        using var writer = XmlWriter.Create(to, WriterSettings);
        workbook.Save(writer);
    }

    /// <summary>
    /// Copies a worksheet part node by node, giving each formula cell the engine's figure as its cached value (a number,
    /// or <c>t="str"</c> and its text), so that readers that never recalculate show the printed figures.
    /// </summary>
    private static void FinishSheet(Stream from, Stream to, string sheet, IReadOnlyDictionary<(string Sheet, string Address), CachedValue> cached)
    {
        using var reader = XmlReader.Create(from, new XmlReaderSettings { IgnoreWhitespace = false, DtdProcessing = DtdProcessing.Prohibit });
        using var writer = XmlWriter.Create(to, WriterSettings);
        var formula = XName.Get("f", Main);
        var value = XName.Get("v", Main);
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "c" && reader.NamespaceURI == Main)
            {
                var element = (XElement)XNode.ReadFrom(reader);
                if (element.Element(formula) is { } f && cached.TryGetValue((sheet, (string)element.Attribute("r")!), out var figure))
                {
                    element.Element(value)?.Remove();
                    element.SetAttributeValue("t", figure.Number is null ? "str" : null);
                    f.AddAfterSelf(new XElement(value, figure.Number is { } number ? number.ToString(CultureInfo.InvariantCulture) : figure.Text ?? ""));
                }

                element.WriteTo(writer);
                continue;
            }

            switch (reader.NodeType)
            {
                case XmlNodeType.XmlDeclaration:
                    writer.WriteStartDocument();
                    break;
                case XmlNodeType.Element:
                    var empty = reader.IsEmptyElement;
                    writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
                    writer.WriteAttributes(reader, defattr: true);
                    if (empty)
                    {
                        writer.WriteEndElement();
                    }

                    break;
                case XmlNodeType.EndElement:
                    writer.WriteFullEndElement();
                    break;
                case XmlNodeType.Text:
                    writer.WriteString(reader.Value);
                    break;
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    writer.WriteWhitespace(reader.Value);
                    break;
                case XmlNodeType.CDATA:
                    writer.WriteCData(reader.Value);
                    break;
                default:
                    writer.WriteNode(reader, defattr: true);
                    continue;
            }

            reader.Read();
        }
    }

    /// <summary>ClosedXML writes the rows to repeat on each printed page as <c>'Appendix 2'!5:6</c>; Excel accepts that, LibreOffice repeats only absolute references (<c>'Appendix 2'!$5:$6</c>).</summary>
    [GeneratedRegex(@"!\$?(\d+):\$?(\d+)$")]
    private static partial Regex RowRange();

    /// <summary>
    /// Copies the package with entries in a fixed order and a fixed timestamp. System.IO.Packaging names the core-properties
    /// part and the package relationships at random; they get fixed names (nothing else refers to them).
    /// </summary>
    /// <param name="transform">Writes an entry's new content, given its name; false to copy it as it is.</param>
    private static void Repack(ZipArchive source, Stream output, Func<string, Stream, Stream, bool> transform)
    {
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var entries = source.Entries
            .Select(e => (Entry: e, Name: e.FullName.StartsWith(CorePropertiesFolder, StringComparison.Ordinal) ? CorePropertiesName : e.FullName))
            .OrderBy(e => e.Name == "[Content_Types].xml" ? 0 : 1)
            .ThenBy(e => e.Name, StringComparer.Ordinal);
        foreach (var (entry, name) in entries)
        {
            var copy = target.CreateEntry(name, CompressionLevel.Optimal);
            copy.LastWriteTime = ZipEpoch;
            using var from = entry.Open();
            using var to = copy.Open();
            if (name == "_rels/.rels")
            {
                using var reader = new StreamReader(from, Encoding.UTF8);
                var counter = 0;
                var text = CoreProperties().Replace(reader.ReadToEnd(), "/" + CorePropertiesName);
                text = RandomId().Replace(text, _ => $"Id=\"rIdPkg{++counter}\"");
                to.Write(Encoding.UTF8.GetBytes(text));
            }
            else if (!transform(name, from, to))
            {
                from.CopyTo(to);
            }
        }
    }

    [GeneratedRegex(@"/package/services/metadata/core-properties/[0-9a-f]+\.psmdcp")]
    private static partial Regex CoreProperties();

    [GeneratedRegex(@"Id=""R[0-9a-f]{16}""")]
    private static partial Regex RandomId();
}
