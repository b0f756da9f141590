using ReportGen.Pdf;

namespace ReportGen.Tests;

/// <summary>Label wrapping: Latin at spaces, Japanese between characters, closing punctuation never first on a line.</summary>
public sealed class LineBreakerTests
{
    // Every character one unit wide: widths are character counts.
    private static IReadOnlyList<string> Break(string text, double width) => LineBreaker.Break(text, width, s => s.Length);

    [Fact]
    public void Latin_text_breaks_at_spaces()
    {
        Assert.Equal(["Minority interests in", "consolidated", "subsidiaries"], Break("Minority interests in consolidated subsidiaries", 22));
    }

    [Fact]
    public void Japanese_text_breaks_between_characters()
    {
        Assert.Equal(["インターネット接続", "及び付加価値サービ", "ス収入合計"], Break("インターネット接続及び付加価値サービス収入合計", 9));
    }

    [Fact]
    public void Closing_punctuation_never_starts_a_line_and_opening_brackets_never_end_one()
    {
        // A break after 8 characters would start the second line with '）'; the character before it moves down too.
        var lines = Break("持分法投資利益（損失）の合計", 10);
        Assert.All(lines.Skip(1), l => Assert.DoesNotContain(l[0], "、。）」"));
        Assert.All(lines, l => Assert.DoesNotContain(l[^1], "（「"));
        Assert.Equal("持分法投資利益（損失）の合計", string.Concat(lines));

        var comma = Break("米ドル換算レート、参考表示", 8);
        Assert.All(comma.Skip(1), l => Assert.NotEqual('、', l[0]));
    }

    [Fact]
    public void A_no_break_space_keeps_a_figure_and_its_sign_together()
    {
        var lines = LineBreaker.Break("les produits ont augmenté de 4,8\u00A0% pour atteindre 102\u00A0226", 30, s => s.Length);

        Assert.All(lines, l => Assert.True(l.Length <= 30 || !l.Contains(' ', StringComparison.Ordinal), l));
        Assert.Contains(lines, l => l.Contains("4,8\u00A0%", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("102\u00A0226", StringComparison.Ordinal));
    }

    [Fact]
    public void A_figure_in_running_text_is_never_cut_english_or_japanese()
    {
        const string english = "The net loss decreased from JPY 2,326 million in 2Q02";
        var start = english.IndexOf("JPY", StringComparison.Ordinal);
        var lines = LineBreaker.Break(english, 34, s => s.Length, [(start, "JPY 2,326 million".Length)]);
        Assert.Equal(["The net loss decreased from", "JPY 2,326 million in 2Q02"], lines);

        const string japanese = "当期損失は前年同期の2,326百万円から278百万円へ大幅に改善した。";
        var figure = japanese.IndexOf("2,326", StringComparison.Ordinal);
        var cut = LineBreaker.Break(japanese, 12, s => s.Length, [(figure, "2,326百万円".Length)]);
        Assert.Contains(cut, l => l.Contains("2,326百万円", StringComparison.Ordinal));
        Assert.Equal(japanese, string.Concat(cut));
    }

    [Fact]
    public void Text_that_fits_is_one_line()
    {
        Assert.Equal(["Net loss"], Break("Net loss", 20));
        Assert.Equal([""], Break("", 5));
    }

    [Fact]
    public void A_label_of_100000_characters_is_measured_in_proportion_to_its_length_not_its_square()
    {
        // The repro took 94 s: each line measured the whole rest of the text. Count the characters measured instead of timing.
        var text = string.Concat(Enumerable.Repeat("Revenues of the quarter ", 4_200))[..100_000];
        long measured = 0;

        var lines = LineBreaker.Break(text, 100, s =>
        {
            measured += s.Length;
            return s.Length;
        });

        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), string.Concat(lines).Replace(" ", "", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(l.Length <= 100, l));
        Assert.InRange(measured, text.Length, text.Length * 20L);
    }
}
