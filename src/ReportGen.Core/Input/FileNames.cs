using System.Text.RegularExpressions;

namespace ReportGen.Input;

/// <summary>
/// The names ReportGen gives files, checked against one strict pattern wherever a name is made from an input (a company
/// id, a pack's file-name template): ASCII letters, digits, <c>-</c>, <c>_</c> and <c>.</c>, starting with a letter or
/// digit, never <c>..</c>. Such a name cannot climb out of a folder, be hidden, or mean something else to a shell or to
/// another operating system.
/// </summary>
internal static partial class FileNames
{
    public const string Rule = "ASCII letters, digits, '-', '_' and '.', starting with a letter or digit, without '..'";

    /// <summary>A file name without its extension, as a document's file template renders it.</summary>
    public static bool IsStem(string stem) =>
        stem.Length <= Limits.FileStemLength && Pattern().IsMatch(stem) && !stem.Contains("..", StringComparison.Ordinal) && !stem.EndsWith('.');

    /// <summary>A whole file name, extension included.</summary>
    public static bool IsFileName(string name) =>
        name.Length <= Limits.FileStemLength + 10 && Pattern().IsMatch(name) && !name.Contains("..", StringComparison.Ordinal) && !name.EndsWith('.');

    public static bool IsCompanyId(string id) => CompanyId().IsMatch(id);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.-]*\z")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9_-]{0,39}\z")]
    private static partial Regex CompanyId();
}
