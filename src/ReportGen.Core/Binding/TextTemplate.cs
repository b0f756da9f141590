using Fluid;
using ReportGen.Diagnostics;

namespace ReportGen.Binding;

/// <summary>
/// A text of the pack, compiled once when the pack is bound: a literal, or a Fluid (Liquid) template such as
/// <c>For the Three Months Ended {{ current.date }}</c> that a document fills for its language.
/// </summary>
public sealed class TextTemplate
{
    internal TextTemplate(string source, SourceLocation? location, IFluidTemplate? compiled)
    {
        Source = source;
        Location = location;
        Compiled = compiled;
    }

    /// <summary>The text as written in the pack.</summary>
    public string Source { get; }

    /// <summary>Where it is written: the YAML entry that holds it.</summary>
    public SourceLocation? Location { get; }

    /// <summary>Null for a literal text, which prints as written.</summary>
    internal IFluidTemplate? Compiled { get; }

    public override string ToString() => Source;
}

/// <summary>A text in each of the pack's languages, by tag.</summary>
public sealed class LocalizedTemplate
{
    private readonly IReadOnlyDictionary<string, TextTemplate> texts;

    internal LocalizedTemplate(IReadOnlyDictionary<string, TextTemplate> texts, SourceLocation? location)
    {
        this.texts = texts;
        Location = location;
    }

    public SourceLocation? Location { get; }

    public IEnumerable<string> Languages => texts.Keys;

    /// <summary>The text in a language, or null where the pack gives none.</summary>
    public TextTemplate? For(string language) => texts.GetValueOrDefault(language);
}
