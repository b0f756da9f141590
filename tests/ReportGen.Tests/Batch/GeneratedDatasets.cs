using System.Text.Json.Nodes;

namespace ReportGen.Tests.Batch;

/// <summary>
/// IIJ-sized datasets for batches, made as <c>bench/generate.py</c> makes them: the sample with every money fact times the
/// same whole number (so every relation and tie still holds), its own company id (so its own job name), no pins, and the
/// quarter's prose copied beside it.
/// </summary>
internal static class GeneratedDatasets
{
    public static string Write(string root, int count, int? malformed = null, int? broken = null)
    {
        var sample = JsonNode.Parse(File.ReadAllText(Repo.SampleDataset))!.AsObject();
        sample.Remove("$schema");
        for (var i = 0; i < count; i++)
        {
            var folder = Path.Combine(root, $"d{i:0000}");
            Directory.CreateDirectory(folder);
            var data = sample.DeepClone().AsObject();
            data["company"]!["id"] = $"iij{i:0000}";
            data["pins"] = new JsonArray();
            var k = 1 + (i % 17);
            foreach (var (_, fact) in data["facts"]!.AsObject())
            {
                if (fact!["unit"]!.GetValue<string>() is "JPY_thousands" or "JPY_millions")
                {
                    foreach (var (period, value) in fact["values"]!.AsObject().ToList())
                    {
                        fact["values"]![period] = value is null ? null : value.GetValue<decimal>() * k;
                    }
                }
            }

            var cell = data["facts"]!["so.dedicated_access"]!["values"]!;
            if (i == malformed)
            {
                cell["2Q03"] = "3,236,405";
            }

            if (i == broken)
            {
                cell["2Q03"] = cell["2Q03"]!.GetValue<decimal>() + 1;
            }

            File.WriteAllText(Path.Combine(folder, "dataset.json"), data.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
            foreach (var prose in Directory.GetFiles(Path.GetDirectoryName(Repo.SampleDataset)!, "prose.*.md"))
            {
                File.Copy(prose, Path.Combine(folder, Path.GetFileName(prose)));
            }
        }

        return root;
    }
}
