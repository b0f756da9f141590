using System.Text.RegularExpressions;
using ReportGen.Pipeline;

namespace ReportGen.Tests.Hostile;

/// <summary>
/// Issue 11's hostile inputs (<see cref="HostileCases"/>), run in-process as a test or a batch would run a job: each
/// gets its exit code and a located error, never an exception, and the sandbox (inputs and previous output) is byte for
/// byte what it was unless the run succeeded.
/// </summary>
public sealed class HostileInputTests(PreviousOutput previous, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<PreviousOutput>
{
    public static TheoryData<string> Cases => [.. HostileCases.All.Where(c => c.Args is null).Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_hostile_input_gets_its_located_error_and_changes_nothing(string name)
    {
        var hostile = HostileCases.Find(name);
        using var sandbox = Sandbox.Create(previous.Folder);
        hostile.Arrange?.Invoke(sandbox);
        var before = TreeSnapshot.Of(sandbox.Root);

        JobResult result;
        try
        {
            result = TestRenderers.Run(hostile.Request?.Invoke(sandbox) ?? sandbox.Build);
        }
        catch (Exception exception)
        {
            Assert.Fail($"the run threw instead of reporting: {exception}");
            return;
        }

        var shown = string.Join("\n", result.Diagnostics.Select(d => $"{d.Location}: error {d.Code}: {d.Message}"));
        output.WriteLine(shown.Replace(sandbox.Root + "/", "", StringComparison.Ordinal));
        Assert.True(hostile.Exit == result.ExitCode, $"exit {result.ExitCode}, expected {hostile.Exit}:\n{shown}");
        if (hostile.Code.Length > 0)
        {
            var where = new Regex(hostile.Where.Replace("{root}", Regex.Escape(sandbox.Root), StringComparison.Ordinal));
            Assert.True(
                result.Diagnostics.Any(d => d.Code == hostile.Code && where.IsMatch(d.Location?.ToString() ?? "")),
                $"no {hostile.Code} at /{where}/ among:\n{shown}");
        }

        HostileChecks.NothingChanged(sandbox, before, hostile.Exit == 0);
    }
}
