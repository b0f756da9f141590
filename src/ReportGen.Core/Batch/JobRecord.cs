namespace ReportGen.Batch;

/// <summary>
/// A job's entry in the batch manifest, and the record a run keeps of it so that the next run can skip the job: what went
/// in (by SHA-256), what tool and options made it, how it ended, and every file it left (by size and SHA-256).
/// </summary>
/// <param name="Folder">The job's folder in the batch folder; null when the job failed before its name was known.</param>
/// <param name="Status">ok, tie-out failed, invalid input.</param>
/// <param name="Created">SOURCE_DATE_EPOCH when the documents were dated by it; null when by the dataset's release date.</param>
internal sealed record JobRecord(
    string Id,
    string? Folder,
    string Status,
    int ExitCode,
    string Tool,
    PackEntry? Pack,
    IReadOnlyList<InputEntry> Inputs,
    IReadOnlyList<string> Formats,
    long? Created,
    TieOutEntry? TieOut,
    IReadOnlyList<DiagnosticEntry> Diagnostics,
    IReadOnlyList<FileEntry> Files,
    FileEntry? Zip)
{
    /// <summary>The job's files and its zip, if any: what the batch distributes of it.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int FileCount => Files.Count + (Zip is null ? 0 : 1);
}

/// <summary>An input file of a job: its role (dataset, prose, published), its path relative to the manifest's folder, its SHA-256.</summary>
internal sealed record InputEntry(string Role, string Path, string Sha256);

/// <summary>The template pack of a job: its name and version from pack.yaml, its folder (relative to the manifest's), the SHA-256 of every file in it.</summary>
internal sealed record PackEntry(string? Name, int? Version, string Path, string Sha256);

/// <summary>A file the batch wrote: its path relative to the manifest's folder, its size, its SHA-256.</summary>
internal sealed record FileEntry(string Path, long Bytes, string Sha256);

internal sealed record DiagnosticEntry(string Code, string? Location, string Message);

/// <summary>The tie-out in figures: what a reviewer looks at first.</summary>
internal sealed record TieOutEntry(bool Passed, int Relations, int Ties, int FailedChecks, int FootingMoves, int CannotFoot, int Pins, bool Compared, int Differences, int Failures);
