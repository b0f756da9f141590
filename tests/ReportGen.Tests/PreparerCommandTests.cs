using ReportGen.Preparation;

namespace ReportGen.Tests;

/// <summary>The preparer's commands as a person meets them: help with examples, and the same files from the same inputs.</summary>
public sealed class PreparerCommandTests : IDisposable
{
    private readonly string folder = Repo.DatasetDir();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("next", "<DATASET>", "--year-ago <DATASET>", "--templates <DIR>", "--out <FILE>")]
    [InlineData("entry", "<DATASET>", "--templates <DIR>", "--out <FILE>")]
    [InlineData("import", "<WORKBOOK>", "--templates <DIR>", "--out <FILE>")]
    [InlineData("diff", "<OLD>", "<NEW>", "--templates <DIR>", "--out <DIR>")]
    [InlineData("facts", "--templates <DIR>", "--json")]
    public void Each_command_s_help_lists_its_arguments_and_options_with_an_example(string command, params string[] expected)
    {
        var (exit, output, _) = Cli.Run(command, "--help");

        Assert.Equal(0, exit);
        Assert.Contains($"reportgen {command}", output[output.IndexOf("EXAMPLES:", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.All(expected, e => Assert.Contains(e, output, StringComparison.Ordinal));
    }

    [Fact]
    public void The_top_help_lists_every_command()
    {
        var (_, output, _) = Cli.Run("--help");

        foreach (var command in new[] { "build", "check", "next", "entry", "import", "diff", "facts" })
        {
            Assert.Matches($@"\n\s+{command}\b", output);
        }
    }

    [Fact]
    public void The_same_inputs_give_the_same_bytes_for_every_file_the_commands_write()
    {
        var runs = new[] { "a", "b" }.Select(run =>
        {
            var output = Path.Combine(folder, run);
            Assert.Equal(0, TestRenderers.Run(TestRenderers.Build(Repo.SampleDataset, Repo.Pack, output, "xlsx")).ExitCode);
            Assert.Equal(0, Preparer.Next(Repo.SampleDataset, null, Repo.Pack, Path.Combine(output, "next.json")).ExitCode);
            Assert.Equal(0, Preparer.Diff(Repo.SampleDataset, Repo.NextQuarterDataset, Repo.Pack, Path.Combine(output, "blackline")).Result.ExitCode);
            return output;
        }).ToList();

        foreach (var file in new[] { "iij-2q03-published.tsv", "iij-2q03-figures.json", "next.json", "blackline/blackline.md", "blackline/blackline.json" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(runs[0], file)), File.ReadAllBytes(Path.Combine(runs[1], file)));
        }
    }
}
