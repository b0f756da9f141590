using System.Security.Cryptography;
using ReportGen.Diagnostics;
using ReportGen.Input;

namespace ReportGen.Output;

/// <summary>
/// Writes a run's files into the output folder as one set: a reader, or a run killed at any moment, sees either the
/// previous set or the new one, never a mix, and no temporary file among them.
/// </summary>
/// <remarks>
/// <para>Each output file is a relative symbolic link, <c>NAME -&gt; .reportgen/current/NAME</c>, and
/// <c>.reportgen/current</c> is a link to a complete version folder (see <see cref="OutputState"/>). A run writes its
/// files into a fresh staging folder, flushes them, renames the folder into a version named by its content's hash,
/// links any new names, and then switches <c>current</c> with one <c>rename(2)</c>: every file changes at that instant.
/// Links of names the new set no longer has are removed after the switch; older versions are removed, keeping the one
/// just replaced for readers that resolved it a moment before.</para>
/// <para>A run that fails before the switch removes what it made; one that is killed leaves only hidden staging, which
/// the next run removes. A name the new set adds shows, just before the switch, as a link with nothing behind it yet.
/// Linux and macOS: symbolic links and rename(2) are what make the switch atomic.</para>
/// </remarks>
internal static class AtomicOutput
{
    public static IReadOnlyList<string> WriteAll(string directory, IReadOnlyList<OutputFile> files)
    {
        if (OutputFolder.Problem(directory) is { } problem)
        {
            throw new ReportGenException(problem);
        }

        var root = Path.GetFullPath(directory);
        CheckNames(root, files);
        var names = files.Select(f => f.Name).ToList();
        Preflight(root, names);

        var created = OutputFolder.Create(root, directory);
        var where = root;
        var linked = new List<string>();
        string? published = null;
        var switched = false;
        OutputState? state = null;
        try
        {
            state = OutputState.Open(root, directory);
            state.RemoveStale();
            var previous = state.CurrentId;
            var id = VersionId(files);
            if (id == previous && !Holds(state, id, files))
            {
                // The set shown was damaged after it was written (a file changed behind its link): the same bytes go in
                // as a version of another name, so that the switch stays one rename.
                id = VersionId(files, repaired: true);
            }

            if (id != previous)
            {
                var staging = state.Stage(files, name => where = Path.Combine(root, name));
                where = root;
                state.Publish(staging, id);
                published = id;
            }

            foreach (var name in names)
            {
                where = Path.Combine(root, name);
                if (Link(state, name, where))
                {
                    linked.Add(where);
                }
            }

            if (published is not null)
            {
                state.Switch(published);
            }

            switched = true;
            TidyAfterSwitch(state, names, previous, id);
            return names.Select(n => Path.Combine(directory, n)).ToList();
        }
        catch (Exception exception) when (exception is not ReportGenException)
        {
            throw new ReportGenException(Messages.OutputFailed(where, Explain(exception)));
        }
        finally
        {
            if (!switched)
            {
                Undo(state, linked, published, created);
            }

            state?.Dispose();
        }
    }

    /// <summary>
    /// Writes files beside the set, not in it: a failed build's tie-out, which must not replace the release files a
    /// reader has. Each file is written whole under a hidden name, flushed, and renamed into place, so it is there
    /// complete or not at all; a kill leaves only hidden staging, which the next run removes.
    /// </summary>
    public static IReadOnlyList<string> WriteBeside(string directory, IReadOnlyList<OutputFile> files)
    {
        if (OutputFolder.Problem(directory) is { } problem)
        {
            throw new ReportGenException(problem);
        }

        var root = Path.GetFullPath(directory);
        CheckNames(root, files);
        Preflight(root, files.Select(f => f.Name).ToList());
        OutputFolder.Create(root, directory);
        var where = root;
        try
        {
            using var state = OutputState.Open(root, directory);
            state.RemoveStale();
            foreach (var file in files)
            {
                where = Path.Combine(root, file.Name);
                if (TopLevel.Classify(where, file.Name) == TopLevelKind.OurLink)
                {
                    throw new ReportGenException(Messages.OutputConflict(where, "is a file of the release set, which a failed build leaves as it was"));
                }

                var temporary = state.TemporaryPath();
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
                {
                    stream.Write(file.Content);
                    stream.Flush(flushToDisk: true);
                }

                Posix.Rename(temporary, where);
            }

            return files.Select(f => Path.Combine(directory, f.Name)).ToList();
        }
        catch (Exception exception) when (exception is not ReportGenException)
        {
            throw new ReportGenException(Messages.OutputFailed(where, Explain(exception)));
        }
    }

    /// <summary>Removes files written beside the set that a later run supersedes (a failed build's tie-out, after a good build).</summary>
    public static void RemoveBeside(string directory, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            var path = Path.Combine(directory, name);
            if (FileNames.IsFileName(name) && TopLevel.Classify(path, name) == TopLevelKind.File)
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>Names come from the pack's templates and were checked there; check again, as a name here becomes a path.</summary>
    private static void CheckNames(string root, IReadOnlyList<OutputFile> files)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            var inside = Path.GetDirectoryName(Path.GetFullPath(Path.Combine(root, file.Name))) == Path.TrimEndingDirectorySeparator(root);
            if (!FileNames.IsFileName(file.Name) || file.Name.StartsWith('.') || !inside || !seen.Add(file.Name))
            {
                throw new ReportGenException(Messages.OutputName(file.Name));
            }
        }
    }

    /// <summary>Before anything is written: no folder, foreign link or odd file stands where an output file goes.</summary>
    private static void Preflight(string root, IReadOnlyList<string> names)
    {
        if (!Directory.Exists(root))
        {
            return;
        }

        var bag = new DiagnosticBag();
        foreach (var name in names)
        {
            var path = Path.Combine(root, name);
            var detail = TopLevel.Classify(path, name) switch
            {
                TopLevelKind.Folder => "is a folder where an output file goes",
                TopLevelKind.ForeignLink => "is a symbolic link ReportGen did not make",
                TopLevelKind.Special => "is empty or not an ordinary file",
                _ => null,
            };
            if (detail is not null)
            {
                bag.Add(Messages.OutputConflict(path, detail));
            }
        }

        bag.ThrowIfErrors();
    }

    /// <summary>Makes the top-level link of a name; true when it is new (so that a failure before the switch removes it).</summary>
    private static bool Link(OutputState state, string name, string path)
    {
        switch (TopLevel.Classify(path, name))
        {
            case TopLevelKind.OurLink:
                return false;
            case TopLevelKind.File:
                // A file an earlier ReportGen wrote in place: a copy joins the current set (so that readers see the same
                // bytes until the switch), then a link replaces it.
                var current = Path.Combine(state.EnsureCurrent(), name);
                if (!File.Exists(current))
                {
                    var copy = state.TemporaryPath();
                    File.Copy(path, copy);
                    Posix.Rename(copy, current);
                }

                ReplaceWithLink(state, name, path);
                return false;
            default:
                ReplaceWithLink(state, name, path);
                return true;
        }
    }

    private static void ReplaceWithLink(OutputState state, string name, string path)
    {
        var link = state.TemporaryPath();
        File.CreateSymbolicLink(link, OutputState.LinkTarget(name));
        Posix.Rename(link, path);
    }

    /// <summary>After the switch: links of names the set no longer has go, and versions older than the one replaced.</summary>
    private static void TidyAfterSwitch(OutputState state, IReadOnlyList<string> names, string? previous, string id)
    {
        try
        {
            foreach (var entry in new DirectoryInfo(state.Root).EnumerateFileSystemInfos())
            {
                if (!names.Contains(entry.Name, StringComparer.Ordinal) && TopLevel.Classify(entry.FullName, entry.Name) == TopLevelKind.OurLink)
                {
                    entry.Delete();
                }
            }

            state.RemoveVersionsExcept(id, previous);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The new set is in place; what is left here is removed by the next run.
        }
    }

    /// <summary>A failure before the switch: remove the links, version and folders this run made; the previous set stands.</summary>
    private static void Undo(OutputState? state, List<string> linked, string? published, string? createdRoot)
    {
        try
        {
            foreach (var link in linked)
            {
                File.Delete(link);
            }

            if (state is not null && published is not null && state.CurrentId != published)
            {
                state.RemoveVersion(published);
            }

            state?.RemoveStale();
            state?.Dispose();
            if (createdRoot is not null && Directory.Exists(createdRoot))
            {
                Directory.Delete(createdRoot, recursive: true);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // What could not be removed is hidden staging, which the next run removes.
        }
    }

    /// <summary>A version is named by its content: a run that makes the same files again switches nothing.</summary>
    private static string VersionId(IReadOnlyList<OutputFile> files, bool repaired = false)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        if (repaired)
        {
            hash.AppendData("repaired\0"u8);
        }

        foreach (var file in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(file.Name + "\0" + file.Content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\0"));
            hash.AppendData(file.Content);
        }

        return "v-" + Convert.ToHexStringLower(hash.GetHashAndReset())[..20];
    }

    /// <summary>Does version <paramref name="id"/> hold exactly these files' bytes?</summary>
    private static bool Holds(OutputState state, string id, IReadOnlyList<OutputFile> files)
    {
        var version = Path.Combine(state.Folder, "versions", id);
        foreach (var file in files)
        {
            var path = Path.Combine(version, file.Name);
            if (!File.Exists(path) || new FileInfo(path).Length != file.Content.Length || !File.ReadAllBytes(path).AsSpan().SequenceEqual(file.Content))
            {
                return false;
            }
        }

        return true;
    }

    // .NET reports EFBIG (a file larger than the file system or a size limit allows) as an argument out of range.
    private static string Explain(Exception exception) => exception is ArgumentOutOfRangeException
        ? "the file is larger than the file system (or a limit on file size) allows; is the disk full?"
        : exception.Message;
}
