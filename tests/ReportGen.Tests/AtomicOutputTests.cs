using ReportGen.Output;
using ReportGen.Pipeline;
using ReportGen.Tests.Hostile;

namespace ReportGen.Tests;

/// <summary>
/// The output folder as a set (README, "Hostile input and atomic output"): what one run leaves, what the next run keeps,
/// switches or removes, and how a folder written by an earlier ReportGen is taken over.
/// </summary>
public sealed class AtomicOutputTests : IDisposable
{
    private readonly string folder = Repo.TempDir();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static OutputFile File(string name, string text) => new(name, System.Text.Encoding.UTF8.GetBytes(text));

    private string Out => Path.Combine(folder, "out");

    [Fact]
    public void Each_file_is_a_link_into_the_current_version_and_the_state_is_hidden()
    {
        AtomicOutput.WriteAll(Out, [File("a.txt", "one"), File("b.txt", "two")]);

        Assert.Equal(["a.txt", "b.txt"], Directory.GetFiles(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(".reportgen/current/a.txt", new FileInfo(Path.Combine(Out, "a.txt")).LinkTarget);
        Assert.Equal("one", System.IO.File.ReadAllText(Path.Combine(Out, "a.txt")));
        OutputSet.AssertTidy(Out);
    }

    [Fact]
    public void The_same_files_again_switch_nothing()
    {
        AtomicOutput.WriteAll(Out, [File("a.txt", "one")]);
        var before = TreeSnapshot.Of(Out);

        AtomicOutput.WriteAll(Out, [File("a.txt", "one")]);

        Assert.Empty(TreeSnapshot.Of(Out).Differences(before));
    }

    [Fact]
    public void A_new_set_replaces_the_old_and_names_it_no_longer_has_go_while_the_version_just_replaced_is_kept()
    {
        AtomicOutput.WriteAll(Out, [File("a.txt", "one"), File("old.txt", "gone soon")]);
        AtomicOutput.WriteAll(Out, [File("a.txt", "two"), File("new.txt", "new")]);

        Assert.Equal(["a.txt", "new.txt"], Directory.GetFiles(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("two", System.IO.File.ReadAllText(Path.Combine(Out, "a.txt")));
        Assert.Equal(2, Directory.GetDirectories(Path.Combine(Out, ".reportgen", "versions")).Length);

        AtomicOutput.WriteAll(Out, [File("a.txt", "three")]);
        Assert.Equal(2, Directory.GetDirectories(Path.Combine(Out, ".reportgen", "versions")).Length);
        OutputSet.AssertTidy(Out);
    }

    [Fact]
    public void What_a_killed_run_left_is_removed_by_the_next_run()
    {
        AtomicOutput.WriteAll(Out, [File("a.txt", "one")]);
        var state = Path.Combine(Out, ".reportgen");
        Directory.CreateDirectory(Path.Combine(state, "staging-0123456789abcdef"));
        System.IO.File.WriteAllText(Path.Combine(state, "staging-0123456789abcdef", "a.txt"), "half");
        System.IO.File.CreateSymbolicLink(Path.Combine(state, "tmp-0123456789abcdef"), ".reportgen/current/b.txt");
        Directory.CreateDirectory(Path.Combine(state, "versions", "v-00000000000000000000"));

        AtomicOutput.WriteAll(Out, [File("a.txt", "two")]);

        Assert.Equal("two", System.IO.File.ReadAllText(Path.Combine(Out, "a.txt")));
        OutputSet.AssertTidy(Out);
        Assert.DoesNotContain("v-00000000000000000000", Directory.GetDirectories(Path.Combine(state, "versions")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_run_killed_just_before_the_switch_shows_the_old_set_and_the_next_run_lands_its_own()
    {
        // The state a kill leaves between linking a new name and switching: a complete version that is not current, and
        // a link that leads nowhere yet.
        AtomicOutput.WriteAll(Out, [File("a.txt", "old")]);
        var state = Path.Combine(Out, ".reportgen");
        Directory.CreateDirectory(Path.Combine(state, "versions", "v-11111111111111111111"));
        System.IO.File.WriteAllText(Path.Combine(state, "versions", "v-11111111111111111111", "a.txt"), "killed");
        System.IO.File.WriteAllText(Path.Combine(state, "versions", "v-11111111111111111111", "b.txt"), "killed");
        System.IO.File.CreateSymbolicLink(Path.Combine(Out, "b.txt"), ".reportgen/current/b.txt");

        Assert.Equal("old", System.IO.File.ReadAllText(Path.Combine(Out, "a.txt")));
        Assert.Equal(["a.txt"], OutputSet.Read(Out, out var dangling).Keys);
        Assert.Equal(["b.txt"], dangling);

        AtomicOutput.WriteAll(Out, [File("a.txt", "new"), File("c.txt", "new")]);

        Assert.Equal(["a.txt", "c.txt"], OutputSet.Read(Out).Keys);
        OutputSet.AssertTidy(Out);
    }

    [Fact]
    public void Files_an_earlier_reportgen_wrote_in_place_are_taken_over_and_other_files_are_left_alone()
    {
        Directory.CreateDirectory(Out);
        System.IO.File.WriteAllText(Path.Combine(Out, "a.txt"), "written in place");
        System.IO.File.WriteAllText(Path.Combine(Out, "notes.txt"), "the preparer's own");

        AtomicOutput.WriteAll(Out, [File("a.txt", "new")]);

        Assert.Equal("new", System.IO.File.ReadAllText(Path.Combine(Out, "a.txt")));
        Assert.Null(new FileInfo(Path.Combine(Out, "notes.txt")).LinkTarget);
        Assert.Equal("the preparer's own", System.IO.File.ReadAllText(Path.Combine(Out, "notes.txt")));
    }

    [Fact]
    public void Check_after_build_leaves_the_tie_out_alone_not_beside_workbooks_of_another_run()
    {
        Assert.Equal(0, TestRenderers.Run(TestRenderers.Build(Repo.SampleDataset, Repo.Pack, Out, "xlsx")).ExitCode);
        Assert.Equal(0, TestRenderers.Run(new JobRequest(Repo.SampleDataset, Repo.Pack, Out, null, [], new BuildOptions())).ExitCode);

        Assert.Equal(["iij-2q03-tieout.json", "iij-2q03-tieout.md"], Directory.GetFiles(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_name_that_is_not_a_plain_file_name_is_refused_before_anything_is_written()
    {
        var error = Assert.Throws<ReportGen.Diagnostics.ReportGenException>(() => AtomicOutput.WriteAll(Out, [File("a.txt", "one"), File("../b.txt", "escape")]));

        Assert.Equal("RG5006", Assert.Single(error.Diagnostics).Code);
        Assert.False(Directory.Exists(Out));
        Assert.False(System.IO.File.Exists(Path.Combine(folder, "b.txt")));
    }
}
