using System.Globalization;
using Fluid;
using ReportGen.Diagnostics;
using ReportGen.Input;
using ReportGen.Input.Pack;

namespace ReportGen.Binding;

/// <summary>
/// Compiles the pack's texts into <see cref="TextTemplate"/>s once, reporting where each is written a syntax error, a
/// text too long for where it prints, or a character that cannot be printed.
/// </summary>
internal static class TemplateCompiler
{
    private static readonly FluidParser Parser = new();

    /// <param name="maxLength">The most characters the text may have as written: <see cref="Limits.TextLength"/> unless it prints somewhere narrower.</param>
    /// <param name="lineBreaks">The text may break its lines (the quarter's prose: an address, a list of names).</param>
    public static TextTemplate Compile(string source, SourceLocation? location, DiagnosticBag bag, int maxLength = Limits.TextLength, bool lineBreaks = false)
    {
        if (!Printable(lineBreaks ? source.Replace('\n', ' ') : source, location, bag, maxLength))
        {
            // Reported: kept as a literal so that no later check mistakes it for a missing text.
            return new TextTemplate(source, location, null);
        }

        if (!source.Contains("{{", StringComparison.Ordinal) && !source.Contains("{%", StringComparison.Ordinal))
        {
            return new TextTemplate(source, location, null);
        }

        if (Parser.TryParse(source, out var template, out var error))
        {
            return new TextTemplate(source, location, template);
        }

        bag.Add(Messages.TemplateSyntax(location, $"{error.Split('\n')[0].Trim()} in \"{source}\""));
        return new TextTemplate(source, location, null);
    }

    public static LocalizedTemplate Compile(LocalizedText text, DiagnosticBag bag, int maxLength = Limits.TextLength) =>
        new(text.ToDictionary(p => p.Key, p => Compile(p.Value ?? "", text.Location, bag, maxLength), StringComparer.Ordinal), text.Location);

    public static LocalizedTemplate? CompileOptional(LocalizedText? text, DiagnosticBag bag) =>
        text is null ? null : Compile(text, bag);

    /// <summary>A plain text the pack prints as written (a sheet name, a footnote mark): no longer than allowed and printable.</summary>
    public static bool Printable(string text, SourceLocation? location, DiagnosticBag bag, int maxLength)
    {
        if (text.Length > maxLength)
        {
            bag.Add(Messages.PackInvalid(location, string.Format(CultureInfo.InvariantCulture, "the text \"{0}…\" is {1:#,##0} characters long; at most {2:#,##0} fit where it prints", Cut(text), text.Length, maxLength)));
            return false;
        }

        if (TextRules.Problem(text) is { } problem)
        {
            bag.Add(Messages.PackText(location, $"\"{Cut(text)}\": {problem}"));
            return false;
        }

        return true;
    }

    /// <summary>The start of a long text, to name it in a message without printing all of it.</summary>
    private static string Cut(string text)
    {
        var shown = text.Length <= 40 ? text : text[..40];
        return new string(shown.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? '?' : c).ToArray());
    }
}
