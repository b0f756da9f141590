namespace ReportGen.Tests.Hostile;

/// <summary>The machine's locale is an input too: a build under a locale with another calendar and digits makes the same bytes.</summary>
public sealed class LocaleTests(PreviousOutput previous) : IClassFixture<PreviousOutput>
{
    [Theory]
    [InlineData("ar_SA.UTF-8")]
    [InlineData("th_TH.UTF-8")]
    public void A_build_under_any_locale_makes_the_same_bytes(string locale)
    {
        var output = Repo.TempDir();
        var elsewhere = Repo.TempDir();
        try
        {
            // Run in an empty folder, above nothing of the repository (a clone may sit under the temp folder), so that the
            // tie-out names the inputs by the same full paths as the in-process build.
            var (exit, _, error) = CliProcess.Run(
                ["build", Repo.SampleDataset, "--templates", Repo.Pack, "--published", Repo.SamplePublished, "--out", output],
                new Dictionary<string, string> { ["LANG"] = locale, ["LC_ALL"] = locale },
                elsewhere);

            Assert.True(exit == 0, error);
            Assert.Equal(OutputSet.Read(previous.Folder), OutputSet.Read(output));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
            Directory.Delete(elsewhere, recursive: true);
        }
    }
}
