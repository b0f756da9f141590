using System.Text.RegularExpressions;

namespace ReportGen.Tests.Hostile;

/// <summary>The hostile command lines and environments of <see cref="HostileCases"/>, run as processes.</summary>
public sealed class HostileCommandLineTests(PreviousOutput previous) : IClassFixture<PreviousOutput>
{
    public static TheoryData<string> Cases => [.. HostileCases.All.Where(c => c.Args is not null).Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_hostile_command_line_gets_its_exit_code_and_a_located_error_and_changes_nothing(string name)
    {
        var hostile = HostileCases.Find(name);
        using var sandbox = Sandbox.Create(previous.Folder);
        hostile.Arrange?.Invoke(sandbox);
        var before = TreeSnapshot.Of(sandbox.Root);
        var arguments = hostile.Args!.Select(a => a
            .Replace("{dataset}", sandbox.Dataset, StringComparison.Ordinal)
            .Replace("{pack}", sandbox.Pack, StringComparison.Ordinal)
            .Replace("{out}", sandbox.Out, StringComparison.Ordinal));

        var (exit, _, error) = CliProcess.Run(arguments, hostile.Environment);

        Assert.True(hostile.Exit == exit, $"exit {exit}, expected {hostile.Exit}:\n{error}");
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", error, StringComparison.Ordinal);
        var where = hostile.Where.Replace("{root}", Regex.Escape(sandbox.Root), StringComparison.Ordinal);
        var expected = hostile.Code.Length > 0 ? $"(?m){where.TrimStart('^')}.*: error {hostile.Code}: " : where;
        Assert.Matches(expected, error);
        HostileChecks.NothingChanged(sandbox, before, hostile.Exit == 0);
    }
}
