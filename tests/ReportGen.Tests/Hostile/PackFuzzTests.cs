using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ReportGen.Binding;
using ReportGen.Diagnostics;
using ReportGen.Input;
using ReportGen.Pdf;
using ReportGen.Pipeline;
using ReportGen.Rendering;

namespace ReportGen.Tests.Hostile;

/// <summary>
/// The pack reader under random damage: one YAML file of the IIJ pack with bytes flipped, cut, repeated, or YAML tokens
/// inserted (anchors, tags, nulls, huge numbers, flow brackets). Reading, binding and building the sample with it ends
/// in a located error or a release, never in an exception. <c>REPORTGEN_FUZZ_ITERATIONS</c> runs longer.
/// </summary>
public sealed class PackFuzzTests : IDisposable
{
    private static readonly string[] Files = ["pack.yaml", "labels.yaml", "relations.yaml", "footnotes.yaml", "tables/t01_revenues.yaml", "tables/s2_balance_sheet.yaml"];

    private static readonly string[] Tokens =
    [
        "~", "null", "&a ", "*a", "!!binary ", "!<x> ", "[", "]", "{", "}", ": ", "- ", "\n", "\n  ", "\t", "'", "\"", "#",
        "1e400", "-1", "99999999999", ".nan", ".inf", "true", "{{ ", " }}", "{% for i in (1..99999) %}", "\\u0000", "…", "한", "&",
    ];

    private readonly string pack = Repo.TempDir();
    private readonly byte[] dataset = File.ReadAllBytes(Repo.SampleDataset);

    public PackFuzzTests() => Sandbox.CopyTree(Repo.Pack, pack);

    private static int Iterations =>
        int.TryParse(Environment.GetEnvironmentVariable("REPORTGEN_FUZZ_ITERATIONS"), out var n) && n > 0 ? Math.Max(1, n / 20) : 40;

    public void Dispose() => Directory.Delete(pack, recursive: true);

    [Fact]
    public void Any_damage_to_a_pack_file_gives_a_located_error_or_a_release_and_never_an_exception()
    {
        var mutation = Gen.Choose(0, 3).SelectMany(kind => Gen.Choose(0, 1 << 20).SelectMany(at =>
            Gen.Choose(0, 255).Select(value => (kind, at, value))));
        var damage = Gen.Choose(0, Files.Length - 1).SelectMany(file => Gen.ListOf(mutation).Select(list => (file, list.Take(4).ToList())));

        Prop.ForAll(damage.ToArbitrary(), input =>
        {
            var (file, mutations) = input;
            var path = Path.Combine(pack, Files[file]);
            var original = File.ReadAllBytes(Path.Combine(Repo.Pack, Files[file]));
            File.WriteAllBytes(path, Apply(original, mutations));
            try
            {
                return Run() is 0 or 1 or 2;
            }
            finally
            {
                File.WriteAllBytes(path, original);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Iterations));
    }

    private int Run()
    {
        try
        {
            var plan = DatasetBinder.Bind(ReleasePipeline.LoadPack(pack), DatasetReader.Parse(dataset, "dataset.json"));
            var release = ReleasePipeline.Prepare(plan, new BuildOptions());
            return GlyphCheck.Run(release.Plan, release.DocumentSet, new PdfRenderer(), "pdf").Count > 0 ? 1 : release.TieOut(null).Passed ? 0 : 2;
        }
        catch (ReportGenException)
        {
            return 1;
        }
        catch (Exception exception) when (exception is OverflowException or DivideByZeroException)
        {
            return 1;
        }
    }

    private static byte[] Apply(byte[] original, List<(int Kind, int At, int Value)> mutations)
    {
        var bytes = new List<byte>(original);
        foreach (var (kind, rawAt, value) in mutations)
        {
            var at = rawAt % (bytes.Count + 1);
            switch (kind)
            {
                case 0 when at < bytes.Count:
                    bytes[at] = (byte)value;
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(1 + (value % 40), bytes.Count - at));
                    break;
                case 2:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[value % Tokens.Length]));
                    break;
                default:
                    bytes.InsertRange(at, bytes.GetRange(at, Math.Min(1 + (value % 80), bytes.Count - at)));
                    break;
            }
        }

        return [.. bytes];
    }
}
