using System.Text;
using ReportGen.Binding;
using ReportGen.Pipeline;
using ReportGen.TieOut;

namespace ReportGen.Tests;

/// <summary>
/// Every output of every bundled sample, as a reader sees it, against reviewed text files under <c>tests/golden/</c>.
/// A change to what a reader sees fails here until the golden file is updated (<c>REPORTGEN_UPDATE_GOLDEN=1 dotnet test</c>),
/// so it shows up as a diff in review. On a mismatch the text seen is written beside the golden file as <c>.actual.txt</c>.
/// </summary>
public sealed class GoldenFileTests
{
    public static TheoryData<string, string> Samples => new()
    {
        { "iij-2q03", "iij" },
        { "iij-3q03-invented", "iij" },
        { "laurentian-2024q2", "laurentian" },
        { "laurentian-2024q3", "laurentian" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_output_shows_what_its_golden_text_file_shows(string sample, string pack)
    {
        var folder = Repo.TempDir();
        try
        {
            var dataset = Path.Combine(Repo.Root, "samples", sample, "dataset.json");
            var result = TestRenderers.Run(TestRenderers.Build(dataset, Path.Combine(Repo.Root, "templates", pack), folder));
            Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));

            var expectedFolder = Path.Combine(Repo.Root, "tests", "golden", sample);
            var outputs = Directory.GetFiles(folder).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
            var update = Environment.GetEnvironmentVariable("REPORTGEN_UPDATE_GOLDEN") == "1";
            var failures = new List<string>();
            foreach (var output in outputs)
            {
                var seen = GoldenText.Of(output).Replace(Repo.Root + "/", "", StringComparison.Ordinal).Replace(ToolVersion.Text, "<version>", StringComparison.Ordinal);
                var golden = Path.Combine(expectedFolder, Path.GetFileName(output) + ".txt");
                var actual = golden[..^4] + ".actual.txt";
                if (update)
                {
                    Directory.CreateDirectory(expectedFolder);
                    File.WriteAllText(golden, seen, new UTF8Encoding(false));
                    File.Delete(actual);
                    continue;
                }

                var expected = File.Exists(golden) ? File.ReadAllText(golden, Encoding.UTF8) : "";
                if (expected == seen)
                {
                    File.Delete(actual);
                    continue;
                }

                File.WriteAllText(actual, seen, new UTF8Encoding(false));
                failures.Add($"{Path.GetRelativePath(Repo.Root, golden)}: {FirstDifference(expected, seen)} (seen: {Path.GetRelativePath(Repo.Root, actual)})");
            }

            var stale = Directory.Exists(expectedFolder)
                ? Directory.GetFiles(expectedFolder, "*.txt").Where(f => !f.EndsWith(".actual.txt", StringComparison.Ordinal)).Select(Path.GetFileName).Except(outputs.Select(o => Path.GetFileName(o) + ".txt")).ToList()
                : [];
            if (update)
            {
                stale.ForEach(s => File.Delete(Path.Combine(expectedFolder, s!)));
            }
            else
            {
                failures.AddRange(stale.Select(s => $"golden file {s} has no output any more"));
            }

            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string FirstDifference(string expected, string seen)
    {
        var a = expected.Split('\n');
        var b = seen.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "(end)";
            var right = i < b.Length ? b[i] : "(end)";
            if (left != right)
            {
                return $"line {i + 1}: expected «{left}», seen «{right}»";
            }
        }

        return "same lines, different bytes";
    }
}
