using ReportGen.Diagnostics;
using ReportGen.Input;

namespace ReportGen.Documents;

/// <summary>
/// The file names documents get from the pack's templates, checked before anything is written: each a plain name (see
/// <see cref="FileNames"/>), and no two the same, since one would overwrite the other.
/// </summary>
internal static class FileStems
{
    public static void Check(IEnumerable<(string Stem, SourceLocation? Location, string What)> stems)
    {
        var bag = new DiagnosticBag();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (stem, location, what) in stems)
        {
            if (!FileNames.IsStem(stem))
            {
                bag.Add(Messages.BadFileName(location, $"{what} makes the file name \"{Shown(stem)}\", which is not a plain file name: at most {Limits.FileStemLength} {FileNames.Rule}"));
            }
            else if (!seen.TryAdd(stem, what))
            {
                bag.Add(Messages.BadFileName(location, $"{what} makes the file name \"{stem}\", as {seen[stem]} does: one file would overwrite the other"));
            }
        }

        bag.ThrowIfErrors();
    }

    private static string Shown(string stem) =>
        new((stem.Length > 60 ? stem[..60] + "…" : stem).Select(c => char.IsControl(c) ? '?' : c).ToArray());
}
