using Fluid;
using ReportGen.Diagnostics;
using ReportGen.Input.Pack;

namespace ReportGen.Binding;

/// <summary>Compiles the pack's texts into <see cref="TextTemplate"/>s once, reporting a syntax error where the text is written.</summary>
internal static class TemplateCompiler
{
    private static readonly FluidParser Parser = new();

    public static TextTemplate Compile(string source, SourceLocation? location, DiagnosticBag bag)
    {
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

    public static LocalizedTemplate Compile(LocalizedText text, DiagnosticBag bag) =>
        new(text.ToDictionary(p => p.Key, p => Compile(p.Value ?? "", text.Location, bag), StringComparer.Ordinal), text.Location);

    public static LocalizedTemplate? CompileOptional(LocalizedText? text, DiagnosticBag bag) =>
        text is null ? null : Compile(text, bag);
}
