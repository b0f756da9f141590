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
/// The dataset loader under random damage: the sample with bytes flipped, cut, repeated, or hostile tokens inserted
/// (huge and tiny numbers, repeated keys, lone surrogates, bytes that are not UTF-8). Whatever the bytes, reading,
/// binding, evaluating and checking them ends in exit 0, 1 or 2, never in an exception. A short run is part of every test
/// run; <c>REPORTGEN_FUZZ_ITERATIONS=20000 dotnet test --filter DatasetFuzzTests</c> runs longer.
/// </summary>
public sealed class DatasetFuzzTests
{
    private static readonly byte[] Sample = File.ReadAllBytes(Repo.SampleDataset);
    private static readonly Lazy<PackPlan> Pack = new(() => ReleasePipeline.LoadPack(Repo.Pack));

    private static readonly string[] Tokens =
    [
        "1e400", "-1e400", "1e-30", "2.0", "2.002e3", "-0", "99999999999999999999999999999", "0.00000000000000000000001",
        "\"\\ud800\"", "\"\\u0000\"", "\"\\udc00x\"", "null", "true", "{", "}", "[", "]", ",", ":", "\"", "\"id\": \"../x\",",
        "\"quarter\": 7,", "\"unit\": \"USD\",", "\"2Q03\": 1e-25,", "\"rate\": 0.0000001,", "\"😀\"", "\"한국\"", "[[[[[[[[", "/*", "//",
    ];

    private static int Iterations =>
        int.TryParse(Environment.GetEnvironmentVariable("REPORTGEN_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : 150;

    [Fact]
    public void Any_damage_to_a_dataset_gives_exit_0_1_or_2_and_never_an_exception()
    {
        var mutation = Gen.Choose(0, 4).SelectMany(kind => Gen.Choose(0, Sample.Length - 1).SelectMany(at =>
            Gen.Choose(0, 255).SelectMany(value => Gen.Choose(1, 64).Select(length => (kind, at, value, length)))));
        var damage = Gen.ListOf(mutation).Select(list => list.Take(6).ToList());

        Prop.ForAll(damage.ToArbitrary(), mutations =>
        {
            var bytes = Apply(mutations);
            var exit = Run(bytes);
            return exit is 0 or 1 or 2;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Iterations));
    }

    /// <summary>The job's own handling of a dataset, from bytes: what <see cref="ReleaseJob"/> turns into exit codes.</summary>
    private static int Run(byte[] bytes)
    {
        try
        {
            var plan = DatasetBinder.Bind(Pack.Value, DatasetReader.Parse(bytes, "fuzz.json"));
            var release = ReleasePipeline.Prepare(plan, new BuildOptions());
            if (GlyphCheck.Run(release.Plan, release.DocumentSet, new PdfRenderer(), "pdf").Count > 0)
            {
                return 1;
            }

            return release.TieOut(null).Passed ? 0 : 2;
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

    private static byte[] Apply(List<(int Kind, int At, int Value, int Length)> mutations)
    {
        var bytes = new List<byte>(Sample);
        foreach (var (kind, rawAt, value, length) in mutations)
        {
            var at = Math.Min(rawAt, Math.Max(0, bytes.Count - 1));
            var span = Math.Min(length, bytes.Count - at);
            switch (kind)
            {
                case 0 when bytes.Count > 0:
                    bytes[at] = (byte)value;
                    break;
                case 1:
                    bytes.RemoveRange(at, span);
                    break;
                case 2:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[value % Tokens.Length]));
                    break;
                case 3:
                    bytes.InsertRange(Math.Min(bytes.Count, (at * 7) % (bytes.Count + 1)), bytes.GetRange(at, span));
                    break;
                default:
                    bytes.InsertRange(at, [(byte)(0x80 | (value & 0x3F)), (byte)value]);
                    break;
            }
        }

        return [.. bytes];
    }
}
