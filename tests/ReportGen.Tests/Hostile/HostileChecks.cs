namespace ReportGen.Tests.Hostile;

/// <summary>What every hostile case must leave behind.</summary>
internal static class HostileChecks
{
    /// <summary>
    /// A failed run changed nothing in the sandbox; a successful one changed only the output folder, whose files are then
    /// a complete set with nothing but the hidden state beside them.
    /// </summary>
    public static void NothingChanged(Sandbox sandbox, TreeSnapshot before, bool succeeded)
    {
        var differences = TreeSnapshot.Of(sandbox.Root).Differences(before);
        if (!succeeded)
        {
            Assert.True(differences.Count == 0, "the run changed:\n" + string.Join("\n", differences));
            return;
        }

        Assert.All(differences, d => Assert.StartsWith("out/", d, StringComparison.Ordinal));
        var files = Directory.GetFiles(sandbox.Out).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["iij-2q03-bilingual.pdf", "iij-2q03-en.pdf", "iij-2q03-en.xlsx", "iij-2q03-figures.json", "iij-2q03-ja.pdf", "iij-2q03-ja.xlsx", "iij-2q03-published.tsv", "iij-2q03-tieout.json", "iij-2q03-tieout.md"], files);
        Assert.All(files, f => Assert.True(File.ReadAllBytes(Path.Combine(sandbox.Out, f!)).Length > 0));
        Assert.Equal([".reportgen"], Directory.GetDirectories(sandbox.Out).Select(Path.GetFileName));
    }
}
