namespace ReportGen.Documents;

/// <summary>A release's documents, one per language, and the files that bind several of them (the bilingual PDF).</summary>
public sealed record DocumentSet(IReadOnlyList<ReleaseDocument> Documents, IReadOnlyList<CombinedDocument> Combined);

/// <summary>Several languages' documents bound into one file, in order.</summary>
public sealed record CombinedDocument(string FileStem, IReadOnlyList<ReleaseDocument> Documents);
