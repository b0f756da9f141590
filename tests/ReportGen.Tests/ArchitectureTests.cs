using System.Text;
using System.Text.RegularExpressions;
using PublicApiGenerator;
using ReportGen.Binding;
using ReportGen.Excel;
using ReportGen.Pdf;

namespace ReportGen.Tests;

/// <summary>
/// The shape of the code: Core's folders are the pipeline's stages in data-flow order, each using only those before it,
/// and the public surface of each assembly is a reviewed snapshot (<c>tests/golden/api/</c>).
/// </summary>
public sealed partial class ArchitectureTests
{
    /// <summary>Core's folders in the order data flows through them; Diagnostics serves them all.</summary>
    private static readonly string[] Stages = ["Diagnostics", "Input", "Binding", "Evaluation", "Documents", "TieOut", "Rendering", "Output", "Pipeline", "Preparation", "Batch"];

    [Fact]
    public void Each_stage_of_core_uses_only_the_stages_before_it()
    {
        var core = Path.Combine(Repo.Root, "src", "ReportGen.Core");
        var problems = new List<string>();
        var files = Directory.GetFiles(core, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)).ToList();
        Assert.True(files.Count > 50);
        foreach (var file in files)
        {
            var folder = Path.GetRelativePath(core, file).Split(Path.DirectorySeparatorChar)[0];
            var stage = Array.IndexOf(Stages, folder);
            if (stage < 0)
            {
                problems.Add($"{Path.GetRelativePath(Repo.Root, file)}: not in a stage folder ({string.Join(", ", Stages)})");
                continue;
            }

            var text = File.ReadAllText(file);
            if (!text.Contains($"namespace ReportGen.{folder}", StringComparison.Ordinal))
            {
                problems.Add($"{Path.GetRelativePath(Repo.Root, file)}: its namespace is not its folder's");
            }

            foreach (var used in Reference().Matches(text).Select(m => m.Groups[1].Value).Distinct())
            {
                var usedStage = Array.IndexOf(Stages, used);
                if (usedStage > stage)
                {
                    problems.Add($"{Path.GetRelativePath(Repo.Root, file)}: {folder} uses {used}, a later stage");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_renderers_know_the_document_model_and_not_how_it_was_made()
    {
        foreach (var project in new[] { "ReportGen.Excel", "ReportGen.Pdf" })
        {
            var folder = Path.Combine(Repo.Root, "src", project);
            foreach (var file in Directory.GetFiles(folder, "*.cs").Where(f => !f.Contains("/obj/", StringComparison.Ordinal)))
            {
                var used = Reference().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value).Distinct();
                // The Excel renderer also writes and reads the preparer's entry workbook, whose neutral model is Preparation's.
                Assert.All(used, u => Assert.True(u is "Documents" or "Rendering" or "Binding" || (project == "ReportGen.Excel" && u == "Preparation"), $"{project}/{Path.GetFileName(file)} uses ReportGen.{u}"));
            }
        }
    }

    [Theory]
    [InlineData("ReportGen.Core")]
    [InlineData("ReportGen.Excel")]
    [InlineData("ReportGen.Pdf")]
    public void The_public_api_is_the_reviewed_one(string assembly)
    {
        var type = assembly switch
        {
            "ReportGen.Core" => typeof(ReleasePlan),
            "ReportGen.Excel" => typeof(ExcelRenderer),
            _ => typeof(PdfRenderer),
        };
        var api = type.Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n");
        var golden = Path.Combine(Repo.Root, "tests", "golden", "api", assembly + ".txt");
        if (Environment.GetEnvironmentVariable("REPORTGEN_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllText(golden, api, new UTF8Encoding(false));
        }

        Assert.True(File.Exists(golden) && File.ReadAllText(golden) == api, $"the public API of {assembly} changed: review it and update {Path.GetRelativePath(Repo.Root, golden)} (REPORTGEN_UPDATE_GOLDEN=1)");
        Assert.DoesNotContain("namespace ReportGen.Input", api, StringComparison.Ordinal);
        Assert.DoesNotContain("namespace ReportGen.Output", api, StringComparison.Ordinal);
        Assert.DoesNotContain("YamlDotNet", api, StringComparison.Ordinal);
        Assert.DoesNotContain("System.Text.Json", api, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\bReportGen\.(Diagnostics|Input|Binding|Evaluation|Documents|TieOut|Rendering|Output|Pipeline|Preparation|Batch)\b")]
    private static partial Regex Reference();
}
