namespace ReportGen.Tests;

/// <summary>
/// The release's prose as the reference prints it: every sentence listed in tests/reference/iij-2q03-sentences.txt is
/// in the reference and in ReportGen's PDF of its language, word for word (white space folded; for Japanese, removed).
/// The figures in those sentences come from the dataset, so this also checks the words the engine chooses around them.
/// </summary>
public sealed class ReferenceSentencesTests(SamplePdfs pdfs) : IClassFixture<SamplePdfs>
{
    private static readonly Lazy<List<(string Section, string Line)>> Listed = new(() =>
    {
        var section = "";
        var lines = new List<(string, string)>();
        foreach (var raw in File.ReadAllLines(Path.Combine(Repo.Root, "tests", "reference", "iij-2q03-sentences.txt")))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                section = line[1..^1];
                continue;
            }

            lines.Add((section, line));
        }

        return lines;
    });

    public static TheoryData<string> Languages => new() { "en", "ja", "bilingual" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_listed_sentence_of_the_reference_is_printed_word_for_word(string language)
    {
        var japanese = language != "en";
        var reference = Normal(japanese ? ReferenceText.Japanese : ReferenceText.English, japanese);
        var path = pdfs.Paths[language];
        var printed = Normal(PdfText.Body(path), japanese) + "\n" + Normal(PdfText.Footnotes(path), japanese);
        var sentences = Listed.Value.Where(l => l.Section == language).Select(l => Normal(l.Line, japanese)).ToList();

        Assert.True(sentences.Count >= (language switch { "en" => 90, "ja" => 20, _ => 2 }), $"only {sentences.Count} sentences listed for {language}");
        Assert.Empty(sentences.Where(s => !reference.Contains(s, StringComparison.Ordinal)).Select(s => $"not in the reference: {s}"));
        Assert.Empty(sentences.Where(s => !printed.Contains(s, StringComparison.Ordinal)).Select(s => $"not printed: {s}"));
    }

    [Fact]
    public void Where_the_release_departs_from_the_reference_it_is_a_listed_decision()
    {
        var deviations = Listed.Value.Where(l => l.Section == "deviations").Select(l => l.Line["deviation:".Length..].Split('|', StringSplitOptions.TrimEntries)).ToList();
        Assert.NotEmpty(deviations);
        foreach (var deviation in deviations)
        {
            var (language, reference, ours) = (deviation[0], deviation[1], deviation[2]);
            Assert.Equal(4, deviation.Length);
            Assert.Contains(Normal(reference, japanese: false), Normal(ReferenceText.English, japanese: false), StringComparison.Ordinal);
            var printed = Normal(PdfText.Body(pdfs.Paths[language]) + " " + PdfText.Footnotes(pdfs.Paths[language]), japanese: false);
            Assert.Contains(ReferenceText.Fold(ours), printed, StringComparison.Ordinal);
            Assert.DoesNotContain(ReferenceText.Fold(reference), printed, StringComparison.Ordinal);
        }
    }

    /// <summary>White space folded (English) or removed (Japanese); a bullet is a space, as the reference's extraction spaces it unpredictably.</summary>
    private static string Normal(string text, bool japanese) =>
        japanese ? ReferenceText.Squeeze(text) : ReferenceText.Fold(text.Replace('・', ' '));
}
