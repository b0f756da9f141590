using System.Text.Json;
using System.Text.Json.Nodes;
using ReportGen.Pipeline;
using ReportGen.Preparation;

namespace ReportGen.Tests;

/// <summary>
/// What a pack asks of a dataset: the facts it needs with their units and period roles (checked against the samples' JSON,
/// which hold exactly what their packs print), and the dates each role implies.
/// </summary>
public sealed class FactCatalogueTests : IDisposable
{
    private readonly string folder = Repo.TempDir();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("laurentian-2024q3", "laurentian")]
    [InlineData("iij-2q03", "iij")]
    public void The_facts_listed_are_the_sample_s_facts_with_their_units_and_the_roles_they_have_values_for(string sample, string pack)
    {
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Root, "samples", sample, "dataset.json"))).RootElement;
        var roles = json.GetProperty("periods").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetProperty("role").GetString()!);
        var listing = FactCatalogue.Of(ReleasePipeline.LoadPack(Path.Combine(Repo.Root, "templates", pack)));

        var facts = json.GetProperty("facts").EnumerateObject().ToList();
        Assert.Equal(facts.Select(f => f.Name), listing.Select(f => f.Id));
        foreach (var fact in facts)
        {
            var listed = listing.Single(f => f.Id == fact.Name);
            Assert.Equal(fact.Value.GetProperty("unit").GetString(), listed.Unit!.Name);
            var given = fact.Value.GetProperty("values").EnumerateObject().Select(v => roles[v.Name]).ToHashSet();
            Assert.True(given.IsSubsetOf(listed.Roles), $"{fact.Name}: values for {string.Join(",", given)}, needed for {string.Join(",", listed.Roles)}");
            if (pack == "laurentian")
            {
                // Every Laurentian fact has a value for each role its tables print it for, and no other.
                Assert.Equal(given.Order(StringComparer.Ordinal), listed.Roles.Order(StringComparer.Ordinal));
            }

            Assert.NotEmpty(listed.Labels);
        }
    }

    [Fact]
    public void The_command_lists_labels_in_every_language_and_json_for_machines()
    {
        var (exit, output, _) = Cli.Run("facts", "--templates", "templates/laurentian");
        Assert.Equal(0, exit);
        Assert.Contains("56 facts", output, StringComparison.Ordinal);
        Assert.Matches(@"bs\.cash\s+CAD_thousands\s+current, priorYearEnd", output);
        Assert.Contains("fr  Trésorerie", output, StringComparison.Ordinal);

        var (jsonExit, json, _) = Cli.Run("facts", "--json");
        Assert.Equal(0, jsonExit);
        var first = JsonDocument.Parse(json).RootElement.GetProperty("facts")[0];
        Assert.Equal(("so.dedicated_access", "JPY_thousands", "専用線接続サービス"), (first.GetProperty("id").GetString(), first.GetProperty("unit").GetString(), first.GetProperty("labels").GetProperty("ja").GetString()));
    }

    [Fact]
    public void A_period_whose_dates_are_not_those_its_role_implies_is_located_and_explained()
    {
        var node = JsonNode.Parse(File.ReadAllText(Repo.SampleDataset))!;
        node["periods"]!["2Q02"]!["end"] = "2002-10-31";
        var path = Path.Combine(folder, "dates.json");
        File.WriteAllText(path, node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        var result = TestRenderers.Run(new JobRequest(path, Repo.Pack, Path.Combine(folder, "out"), null, ["xlsx"], new BuildOptions()));

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("RG1004", "$.periods[\"2Q02\"]"), (error.Code, error.Location!.Path));
        Assert.Equal("period '2Q02' plays yearAgo, the quarter 4 quarters before the one released, so it should run from 2002-07-01 to 2002-09-30, not from 2002-07-01 to 2002-10-31", error.Message);
    }

    [Fact]
    public void A_fact_in_another_unit_than_the_pack_declares_is_an_error()
    {
        var node = JsonNode.Parse(File.ReadAllText(Repo.SampleDataset))!;
        node["facts"]!["kpi.capital_lease_acquisitions"]!["unit"] = "JPY_thousands";
        var path = Path.Combine(folder, "unit.json");
        File.WriteAllText(path, node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        var result = TestRenderers.Run(new JobRequest(path, Repo.Pack, Path.Combine(folder, "out"), null, ["xlsx"], new BuildOptions()));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("RG3002", error.Code);
        Assert.Contains("facts.yaml holds it in JPY_millions", error.Message, StringComparison.Ordinal);
    }
}
