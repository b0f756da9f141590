using ReportGen.Diagnostics;

namespace ReportGen.Input.Pack;

/// <summary>A template entry that remembers where it was written, so that a problem with it can be shown in its file.</summary>
internal interface ILocated
{
    SourceLocation? Location { get; set; }
}

/// <summary>Base of the YAML entries that are objects.</summary>
internal abstract class Located : ILocated
{
    /// <summary>File and line:column of the entry; set by <see cref="PackReader"/>.</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public SourceLocation? Location { get; set; }
}

/// <summary>A text in each language of the pack, by BCP 47 tag: <c>{ ja: "…", en: "…", fr: "…" }</c>.</summary>
internal sealed class LocalizedText : Dictionary<string, string>, ILocated
{
    public LocalizedText()
        : base(StringComparer.Ordinal)
    {
    }

    [YamlDotNet.Serialization.YamlIgnore]
    public SourceLocation? Location { get; set; }

    public string? For(string language) => TryGetValue(language, out var text) ? text : null;
}

/// <summary>A list of ids in each language: <c>{ ja: [a], en: [b, c] }</c>.</summary>
internal sealed class LocalizedList : Dictionary<string, List<string>>, ILocated
{
    public LocalizedList()
        : base(StringComparer.Ordinal)
    {
    }

    [YamlDotNet.Serialization.YamlIgnore]
    public SourceLocation? Location { get; set; }

    public IReadOnlyList<string> For(string language) => TryGetValue(language, out var list) ? list : [];
}
