using System.Globalization;
using System.Text.Json.Nodes;
using ReportGen.Diagnostics;
using ReportGen.Documents;
using ReportGen.Pipeline;
using ReportGen.Rendering;
using ReportGen.TieOut;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Tests;

/// <summary>
/// The prose around the tables: every figure in it is a figure of the dataset printed as its table prints it, the words
/// around a figure follow its direction and sign, and the quarter's prose files are checked like any other input.
/// </summary>
public sealed class ProseTests(SampleRelease sample) : IClassFixture<SampleRelease>
{
    [Fact]
    public void Every_figure_in_the_text_is_the_figure_its_table_cell_prints()
    {
        var figures = Figures(sample.Release.Documents).ToList();
        var traced = figures.Where(f => f.Source.Cell is not null).ToList();

        Assert.True(traced.Count > 80, $"only {traced.Count} figures in the text are traced to a table cell");
        Assert.All(traced.Where(f => f.Source.Kind != FigureKind.Convenience), f => Assert.Equal(Digits(f.Source.Cell!), Digits(f.Text)));

        // The convenience translation prints in thousands of dollars in the statement, in millions in the text.
        var translations = traced.Where(f => f.Source.Kind == FigureKind.Convenience).ToList();
        Assert.NotEmpty(translations);
        Assert.All(translations, f => Assert.Equal(Math.Round(decimal.Parse(Digits(f.Source.Cell!), CultureInfo.InvariantCulture) / 1000m, 1, MidpointRounding.AwayFromZero), decimal.Parse(Digits(f.Text), CultureInfo.InvariantCulture) / 10m));
        Assert.All(figures.Where(f => f.Source.Cell is null), f => Assert.StartsWith("no table prints it", f.Source.Where, StringComparison.Ordinal));
    }

    [Fact]
    public void The_next_quarter_s_sentences_are_recomputed_from_its_json()
    {
        var json = JsonNode.Parse(File.ReadAllText(Repo.NextQuarterDataset))!;
        decimal Fact(string item, string period) => json["facts"]![item]!["values"]![period]!.GetValue<decimal>();
        decimal Millions(decimal thousands) => Math.Round(thousands / 1000m, MidpointRounding.AwayFromZero);
        decimal Percent(decimal now, decimal then) => Math.Round((now - then) / Math.Abs(then) * 100m, 1, MidpointRounding.AwayFromZero);
        string Change(decimal p) => p > 0 ? $"an increase of {p:0.0}%" : $"a decrease of {Math.Abs(p):0.0}%";
        var rate = json["convenienceTranslation"]!["rate"]!.GetValue<decimal>();

        var (now, previous, yearAgo) = (Fact("so.total_revenues", "3Q03"), Fact("so.total_revenues", "2Q03"), Fact("so.total_revenues", "3Q02"));
        var (qoq, yoy) = (Percent(now, previous), Percent(now, yearAgo));
        var usd = Math.Round(now / 1000m / rate, 1, MidpointRounding.AwayFromZero);
        var expected = string.Create(CultureInfo.InvariantCulture,
            $"Revenues totaled JPY {Millions(now):#,0} million ($ {usd:0.0} million), {Change(qoq)} from JPY {Millions(previous):#,0} million in 2Q03, {(Math.Sign(qoq) == Math.Sign(yoy) ? "and" : "though")} {Change(yoy)} compared to 3Q02.");

        var release = ReleasePipeline.Prepare(Repo.NextQuarterDataset, Repo.Pack, new BuildOptions());
        var english = release.Documents.Single(d => d.Language == "en");
        Assert.Contains(expected, Text(english), StringComparison.Ordinal);

        var loss = Millions(-Fact("so.net_loss", "3Q03"));
        Assert.Contains($"Net loss narrowed to JPY {loss.ToString("#,0", CultureInfo.InvariantCulture)} million in 3Q03", Text(english), StringComparison.Ordinal);
    }

    public static TheoryData<string, decimal, decimal, decimal, string, string> Turns => new()
    {
        {
            "a loss turns into a profit", 50_000, -120_000, -30_000,
            "Operating income was JPY 50 million ($ 0.5 million), compared to an operating loss of JPY 120 million in 2Q03 and compared to an operating loss of JPY 30 million in 3Q02.",
            "営業利益は原価低減により、50百万円と前期の営業損失120百万円から転換した（前年同期は営業損失30百万円）。"
        },
        {
            "a profit turns into a loss", -40_000, 90_000, 10_000,
            "Operating loss was JPY 40 million ($ 0.4 million), compared to operating income of JPY 90 million in 2Q03 and compared to operating income of JPY 10 million in 3Q02.",
            "営業損失は原価低減により、40百万円と前期の営業利益90百万円から転換した（前年同期は営業利益10百万円）。"
        },
        {
            "a loss grows, then shrinks", -300_000, -200_000, -500_000,
            "Operating loss was JPY 300 million ($ 2.8 million), an increase from JPY 200 million in 2Q03 and a decrease from JPY 500 million in 3Q02.",
            "営業損失は原価低減により、300百万円と前期の200百万円から増加した（前年同期は500百万円）。"
        },
    };

    /// <summary>The IIJ pack's own highlight sentences, on a pack and quarter it was not written for.</summary>
    [Theory]
    [MemberData(nameof(Turns))]
    public void The_words_around_a_figure_follow_its_sign_and_direction(string scenario, decimal current, decimal previous, decimal yearAgo, string english, string japanese)
    {
        var folder = TurnFixture(current, previous, yearAgo);

        var release = ReleasePipeline.Prepare(Path.Combine(folder, "dataset.json"), Path.Combine(folder, "pack"), new BuildOptions());

        Assert.True(release.Failures.Count == 0, scenario);
        Assert.Contains(english, Text(release.Documents.Single(d => d.Language == "en")), StringComparison.Ordinal);
        Assert.Contains(japanese, Text(release.Documents.Single(d => d.Language == "ja")), StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void A_negative_amount_in_japanese_text_is_marked_with_a_triangle_and_the_conjunction_follows_the_directions()
    {
        var ja = Text(sample.Release.Documents.Single(d => d.Language == "ja"));

        Assert.Contains("償却前営業利益（Adjusted EBITDA）は126百万円と、前期の▲243百万円から改善したが、前年同期の662百万円よりは低い水準となった。", ja, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_the_pack_places_and_the_prose_lacks_is_named_with_its_file()
    {
        var dataset = SampleWithProse("# outlook", "# outlok");

        var error = Assert.Throws<ReportGenException>(() => ReleasePipeline.Prepare(dataset, Repo.Pack, new BuildOptions()));

        Assert.Contains(error.Diagnostics, d => d.Code == "RG1011" && d.Location!.File.EndsWith("prose.en.md", StringComparison.Ordinal) && d.Message.Contains("no section '# outlook'", StringComparison.Ordinal));
        Assert.Contains(error.Diagnostics, d => d.Code == "RG1011" && d.Location!.Line > 0 && d.Message.Contains("'outlok'", StringComparison.Ordinal));
        Directory.Delete(Path.GetDirectoryName(dataset)!, recursive: true);
    }

    [Fact]
    public void A_broken_figure_in_the_prose_is_reported_at_its_line_and_nothing_is_written()
    {
        var dataset = SampleWithProse("{{ previous.short }} is mainly", "{{ so.total_revenuez.current | amount }} is mainly");
        var folder = Path.GetDirectoryName(dataset)!;
        var output = Path.Combine(folder, "out");

        var result = TestRenderers.Run(new JobRequest(dataset, Repo.Pack, output, null, ["pdf"], new BuildOptions()));

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("prose.en.md", Path.GetFileName(error.Location!.File));
        Assert.True(error.Location.Line > 10, error.ToString());
        Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output, "*.pdf").Any());
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void The_tie_out_lists_each_figure_in_the_text_and_flags_a_typed_one_that_equals_a_printed_figure()
    {
        var dataset = SampleWithProse("# dialup\n\n", "# dialup\n\nTotal revenues reached JPY 9,185 million, or about JPY 9.19 billion. ");

        var release = ReleasePipeline.Prepare(dataset, Repo.Pack, new BuildOptions());
        var report = release.TieOut(null);

        var typed = Assert.Single(report.TextFigures, f => !f.Bound && f.Text == "JPY 9,185 million");
        Assert.Equal("Table 1. Revenues › Total revenues › 2Q03", typed.Where);
        Assert.Contains(report.TextFigures, f => !f.Bound && f.Text == "JPY 287 million" && f.Where is null);
        Assert.Contains(report.TextFigures, f => !f.Bound && f.Text == "JPY 9.19 billion" && f.Where == "Total revenues, 2Q03 (within rounding)");
        Assert.Contains(report.TextFigures, f => !f.Bound && f.Text == "JPY 1.6 billion" && f.Where is null);
        Assert.Contains(report.TextFigures, f => f.Bound && f.Text == "JPY 9,185 million" && f.Where == "Table 1. Revenues › Total revenues › 2Q03");
        Assert.Contains("| en | fr.dialup | JPY 9,185 million | Table 1. Revenues › Total revenues › 2Q03 |", TieOutWriter.Markdown(report), StringComparison.Ordinal);
        Directory.Delete(Path.GetDirectoryName(dataset)!, recursive: true);
    }

    public static TheoryData<string> Packs => new() { "iij", "laurentian" };

    /// <summary>A pack's sentences name figures, never numbers: outside {{ … }} and {% … %}, no amount or percentage is typed.</summary>
    [Theory]
    [MemberData(nameof(Packs))]
    public void No_figure_is_typed_into_a_pack_s_sentences(string pack)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Repo.Root, "templates", pack, "texts.yaml")))
        {
            yaml.Load(reader);
        }

        var texts = ((YamlMappingNode)yaml.Documents[0].RootNode).Children
            .SelectMany(entry => ((YamlMappingNode)entry.Value).Children.Select(language => (Id: ((YamlScalarNode)entry.Key).Value!, Text: ((YamlScalarNode)language.Value).Value!)))
            .ToList();
        var typed = new System.Text.RegularExpressions.Regex(@"(JPY|\$|CAD|USD)\s?\d|\d[\d,.]*\s?(million|billion|百万円|億円|M\$|%)|\d[\d,.]*\u00A0(%|M\$)");
        var outside = new System.Text.RegularExpressions.Regex(@"\{\{.*?\}\}|\{%.*?%\}", System.Text.RegularExpressions.RegexOptions.Singleline);

        Assert.True(texts.Count > 5);
        Assert.Empty(texts.Where(t => typed.IsMatch(outside.Replace(t.Text, " "))).Select(t => $"{t.Id}: {t.Text}"));
    }

    /// <summary>The sample quarter in a folder of its own, its English prose edited: the dataset's path.</summary>
    private static string SampleWithProse(string find, string replace)
    {
        var folder = Repo.DatasetDir();
        File.Copy(Repo.SampleDataset, Path.Combine(folder, "dataset.json"));
        var prose = Path.Combine(folder, "prose.en.md");
        var text = File.ReadAllText(prose);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(prose, text.Replace(find, replace, StringComparison.Ordinal));
        return Path.Combine(folder, "dataset.json");
    }

    /// <summary>The fixture pack with the IIJ pack's highlight sentences, and a quarter with the given operating results (JPY thousands).</summary>
    private static string TurnFixture(decimal current, decimal previous, decimal yearAgo)
    {
        var folder = Repo.TempDir();
        var fixture = Path.Combine(Repo.Root, "tests", "fixtures", "turn");
        foreach (var file in Directory.GetFiles(fixture, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(fixture, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        // The sentences, verbatim from the IIJ pack.
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Repo.Pack, "texts.yaml")))
        {
            yaml.Load(reader);
        }

        var texts = (YamlMappingNode)yaml.Documents[0].RootNode;
        var chosen = new YamlMappingNode();
        foreach (var key in new[] { "hl.revenue", "hl.operating", "ja.hl.revenue", "ja.hl.operating" })
        {
            chosen.Add(key, texts[key]);
        }

        using (var writer = new StreamWriter(Path.Combine(folder, "pack", "texts.yaml")))
        {
            new YamlStream(new YamlDocument(chosen)).Save(writer, assignAnchors: false);
        }

        File.WriteAllText(Path.Combine(folder, "prose.en.md"), "# highlights_revenue\n\nSI.\n\n# highlights_operating\n\nCosts fell.\n");
        File.WriteAllText(Path.Combine(folder, "prose.ja.md"), "# highlights_revenue\n\nSIにより\n\n# highlights_operating\n\n原価低減により\n\n# highlights_operating_note\n");

        var dataset = Path.Combine(folder, "dataset.json");
        var json = JsonNode.Parse(File.ReadAllText(dataset))!;
        var facts = json["facts"]!;
        var revenue = facts["so.total_revenues"]!["values"]!;
        foreach (var (period, result) in new[] { ("3Q03", current), ("2Q03", previous), ("3Q02", yearAgo) })
        {
            facts["so.operating_loss"]!["values"]![period] = result;
            facts["so.total_costs"]!["values"]![period] = revenue[period]!.GetValue<decimal>() - result;
        }

        File.WriteAllText(dataset, json.ToJsonString());
        return folder;
    }

    private static IEnumerable<FigureRun> Figures(IEnumerable<ReleaseDocument> documents) =>
        documents.SelectMany(d => d.Blocks).SelectMany(b => b switch
        {
            ParagraphBlock p => p.Runs,
            HeadingBlock h => h.Runs,
            BulletListBlock l => l.Items.SelectMany(i => i),
            _ => [],
        }).OfType<FigureRun>();

    /// <summary>The document's running text as the PDF prints it, one paragraph or bullet per line.</summary>
    private static string Text(ReleaseDocument document) =>
        string.Join("\n", document.Blocks.SelectMany(b => b switch
        {
            ParagraphBlock p => [Run.Plain(p.Runs)],
            HeadingBlock h => [h.Text],
            BulletListBlock l => l.Items.Select(Run.Plain),
            _ => Array.Empty<string>(),
        }));

    private static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());
}
