using ReportGen.Diagnostics;

namespace ReportGen.Templates;

/// <summary>A template entry that remembers where it was written, so that a problem with it can be shown in its file.</summary>
public abstract class Located
{
    /// <summary>File and line:column of the entry; set by <see cref="PackLoader"/>.</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public SourceLocation? Location { get; set; }
}
