using System.Text.Json;
using ReportGen.Input;
using ReportGen.Pipeline;

namespace ReportGen.Tests;

/// <summary>The dataset file as the tools write it: canonical, so that a file read and written again is the same file.</summary>
public sealed class DatasetFormatTests : IDisposable
{
    private readonly string folder = Repo.DatasetDir();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    public static TheoryData<string> Samples => new() { "iij-2q03", "iij-3q03-invented", "laurentian-2024q2", "laurentian-2024q3" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_is_in_the_canonical_form_the_writer_gives(string sample)
    {
        var path = Path.Combine(Repo.Root, "samples", sample, "dataset.json");

        Assert.Equal(File.ReadAllBytes(path), DatasetWriter.Write(DatasetReader.Read(path)));
    }

    [Fact]
    public void Every_field_of_the_schema_has_a_description_an_editor_can_show()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Root, "schema", "dataset.schema.json")));
        var undescribed = new List<string>();
        void Walk(JsonElement node, string path)
        {
            if (node.TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject())
                {
                    if (!property.Value.TryGetProperty("description", out _))
                    {
                        undescribed.Add($"{path}.{property.Name}");
                    }

                    Walk(property.Value, $"{path}.{property.Name}");
                }
            }

            foreach (var nested in new[] { "additionalProperties", "items" })
            {
                if (node.TryGetProperty(nested, out var inner) && inner.ValueKind == JsonValueKind.Object)
                {
                    if (!inner.TryGetProperty("description", out _))
                    {
                        undescribed.Add($"{path}.{nested}");
                    }

                    Walk(inner, $"{path}[*]");
                }
            }
        }

        Walk(schema.RootElement, "$");
        Assert.True(undescribed.Count == 0, string.Join(", ", undescribed));
    }

    [Fact]
    public void Values_still_to_be_entered_are_named_by_period_in_one_message_each()
    {
        var text = File.ReadAllText(Repo.SampleDataset)
            .Replace("\"2Q03\": 3236405", "\"2Q03\": null", StringComparison.Ordinal)
            .Replace("\"2Q03\": 783589", "\"2Q03\": null", StringComparison.Ordinal)
            .Replace("\"2Q02\": 791738", "\"2Q02\": null", StringComparison.Ordinal)
            .Replace("\"releaseDate\": \"2003-11-21\"", "\"releaseDate\": null", StringComparison.Ordinal);
        var path = Path.Combine(folder, "blanks.json");
        File.WriteAllText(path, text);

        var result = TestRenderers.Run(new JobRequest(path, Repo.Pack, Path.Combine(folder, "out"), null, ["xlsx"], new BuildOptions()));

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal(["RG1012", "RG1012", "RG1013"], result.Diagnostics.Select(d => d.Code));
        Assert.Equal("$.releaseDate", result.Diagnostics[2].Location!.Path);
        Assert.Contains("2 values of period '2Q03' (current) are still to be entered (null): so.dedicated_access, so.dialup_access", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal("$.facts[\"so.dedicated_access\"].values[\"2Q03\"]", result.Diagnostics[0].Location!.Path);
        Assert.Contains("1 value of period '2Q02' (yearAgo) is still", result.Diagnostics[1].Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "out")));
    }
}
