namespace ReportGen.Templates;

/// <summary>A loaded template pack: everything under one <c>templates/NAME/</c> folder.</summary>
public sealed record TemplatePack(
    string Directory,
    PackManifest Manifest,
    IReadOnlyDictionary<string, LocalizedText> Labels,
    IReadOnlyDictionary<string, FootnoteDef> Footnotes,
    RelationsFile Relations,
    IReadOnlyDictionary<string, TableDef> Tables);
