namespace ReportGen.Documents;

/// <summary>A release's documents, one per language, and the files that bind several of them (the bilingual PDF).</summary>
/// <param name="Job">The release's job name: what its tie-out and its batch folder are called (<c>iij-2q03</c>).</param>
public sealed record DocumentSet(string Job, IReadOnlyList<ReleaseDocument> Documents, IReadOnlyList<CombinedDocument> Combined);

/// <summary>Several languages' documents bound into one file, in order.</summary>
public sealed record CombinedDocument(string FileStem, IReadOnlyList<ReleaseDocument> Documents);
