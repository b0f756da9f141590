namespace ReportGen.Input.Pack;

/// <summary>A template pack folder as read: <c>pack.yaml</c> and the catalogues and tables beside it.</summary>
internal sealed record PackFile(
    string Directory,
    PackManifestDef Manifest,
    IReadOnlyDictionary<string, LocalizedText> Labels,
    IReadOnlyDictionary<string, LocalizedText> Texts,
    IReadOnlyDictionary<string, FootnoteDef> Footnotes,
    RelationsDef Relations,
    IReadOnlyList<TableDef> Tables,
    string Fingerprint,
    IReadOnlyDictionary<string, FactDef>? Facts = null);
