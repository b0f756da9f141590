namespace ReportGen.Tests;

/// <summary>The command as a scheduler runs it: a process, its exit code, what it prints, what it leaves on disk.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string folder = Repo.TempDir();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static (int Exit, string Out, string Error) Run(params string[] arguments) => Cli.Run(arguments);

    [Fact]
    public void Build_with_defaults_writes_the_sample_s_workbooks_pdfs_and_tie_out()
    {
        var (exit, output, error) = Run("build", "--out", folder);

        Assert.True(exit == 0, error);
        Assert.Equal(
            ["iij-2q03-bilingual.pdf", "iij-2q03-en.pdf", "iij-2q03-en.xlsx", "iij-2q03-figures.json", "iij-2q03-ja.pdf", "iij-2q03-ja.xlsx", "iij-2q03-published.tsv", "iij-2q03-tieout.json", "iij-2q03-tieout.md"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("Relations: 63 checked, 0 failed", output, StringComparison.Ordinal);
        Assert.Contains("iij-2q03-bilingual.pdf", output, StringComparison.Ordinal);
        Assert.Contains("sign 1", output, StringComparison.Ordinal);

        var tieout = File.ReadAllText(Path.Combine(folder, "iij-2q03-tieout.md"));
        Assert.Contains("| Table 8. Other Financial Statistics | Adjusted EBITDA (kpi.adjusted_ebitda) | YoY % Change | 81.0% | (81.0%) | (80.9%) | sign |", tieout, StringComparison.Ordinal);
        Assert.DoesNotContain("unexplained", tieout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_writes_only_the_tie_out_and_format_chooses_the_renderers()
    {
        var (exit, _, _) = Run("check", "--out", folder);
        Assert.Equal(0, exit);
        Assert.Equal(["iij-2q03-tieout.json", "iij-2q03-tieout.md"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var pdfOnly = Path.Combine(folder, "pdf");
        Assert.Equal(0, Run("build", "--out", pdfOnly, "--format", "pdf").Exit);
        Assert.DoesNotContain(Directory.GetFiles(pdfOnly), f => f.EndsWith(".xlsx", StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_dataset_exits_non_zero_with_the_location_on_standard_error()
    {
        var dataset = Path.Combine(folder, "broken.json");
        File.WriteAllText(dataset, File.ReadAllText(Repo.SampleDataset).Replace("\"quarter\": 2,", "\"quarter\": \"second\",", StringComparison.Ordinal));

        var (exit, _, error) = Run("build", dataset, "--out", Path.Combine(folder, "out"));

        Assert.Equal(1, exit);
        Assert.Matches(@"broken\.json:\d+:\d+ \(\$\.quarter\): error RG1002: wrong type", error);
        Assert.False(Directory.Exists(Path.Combine(folder, "out")) && Directory.GetFiles(Path.Combine(folder, "out")).Length > 0);
    }

    [Fact]
    public void Help_lists_both_commands_and_every_build_option()
    {
        var (exit, output, _) = Run("build", "--help");

        Assert.Equal(0, exit);
        foreach (var option in new[] { "[DATASET]", "--templates <DIR>", "--out <DIR>", "--published <FILE>", "--format <FORMATS>" })
        {
            Assert.Contains(option, output, StringComparison.Ordinal);
        }

        var (_, top, _) = Run("--help");
        Assert.Matches(@"build\s+Check the dataset", top);
        Assert.Matches(@"check\s+Run every check", top);
    }

    [Fact]
    public void A_wrong_option_is_a_usage_error()
    {
        Assert.Equal(64, Run("build", "--format", "docx", "--out", folder).Exit);
        Assert.Equal(64, Run("publish").Exit);
    }
}
