using System.IO.Compression;
using ReportGen.Tests.Hostile;

namespace ReportGen.Tests;

/// <summary>A table's title heads each printed page of its worksheet, where Excel reads &amp; as the start of a code.</summary>
public sealed class HeaderTextTests(PreviousOutput previous) : IClassFixture<PreviousOutput>
{
    [Fact]
    public void An_ampersand_in_a_title_prints_as_an_ampersand_not_as_a_header_code()
    {
        using var sandbox = Sandbox.Create(previous.Folder);
        sandbox.EditPack("tables/t07_backbone.yaml", "en: \"Table 7. Backbone Costs\"", "en: \"Table 7. Backbone &D Costs\"");

        var result = TestRenderers.Run(sandbox.Build with { Formats = ["xlsx"] });

        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));
        using var workbook = ZipFile.OpenRead(Path.Combine(sandbox.Out, "iij-2q03-en.xlsx"));
        var headers = workbook.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd())
            .Where(xml => xml.Contains("Backbone", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(headers, xml => xml.Contains("<x:oddHeader>&amp;CTable 7. Backbone &amp;&amp;D Costs</x:oddHeader>", StringComparison.Ordinal));
    }
}
