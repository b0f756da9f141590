using System.Text.RegularExpressions;

namespace ReportGen.Tests;

/// <summary>The reference release's text, split into its Japanese summary and its English release, whitespace folded.</summary>
internal static partial class ReferenceText
{
    private static readonly Lazy<string[]> Lines = new(() => File.ReadAllLines(Repo.Reference));

    private static int EnglishStart => Array.FindIndex(Lines.Value, l => l.Contains("For inquiries please contact", StringComparison.Ordinal));

    /// <summary>The English release, every run of white space (line breaks included) folded to one space.</summary>
    public static string English { get; } = Fold(string.Join(" ", Lines.Value[EnglishStart..]));

    /// <summary>The Japanese summary with all white space removed (its extraction spaces characters unpredictably).</summary>
    public static string Japanese { get; } = Squeeze(string.Join("", Lines.Value[..EnglishStart]));

    public static IEnumerable<string> EnglishLines => Lines.Value[EnglishStart..].Select(Fold);

    public static string Fold(string text) => Spaces().Replace(text, " ").Trim();

    public static string Squeeze(string text) => Spaces().Replace(text, "");

    [GeneratedRegex(@"[\s\u3000]+")]
    private static partial Regex Spaces();
}
