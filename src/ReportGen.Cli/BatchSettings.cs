using System.ComponentModel;
using Spectre.Console.Cli;

namespace ReportGen.Cli;

public sealed class BatchSettings : CommandSettings
{
    [CommandArgument(0, "<PATH>")]
    [Description("A folder (every dataset.json below it is a job) or a batch manifest (YAML: a list of jobs, each a dataset, a pack, formats and an output name).")]
    public string Source { get; init; } = "";

    [CommandOption("-o|--out <DIR>")]
    [Description("The batch's folder: a folder per job, manifest.json and SHA256SUMS. Default: output/batch.")]
    public string? Out { get; init; }

    [CommandOption("-t|--templates <DIR>")]
    [Description("The template pack of jobs that a manifest gives none. Default: the pack each dataset names (\"templates\"), else templates/iij.")]
    public string? Templates { get; init; }

    [CommandOption("-f|--format <FORMATS>")]
    [Description("Comma-separated output formats of jobs that name none: xlsx, pdf. Default: the manifest's, else xlsx,pdf.")]
    public string? Format { get; init; }

    [CommandOption("-j|--parallel <N>")]
    [Description("Jobs run at once. Default: the number of processors.")]
    public int? Parallel { get; init; }

    [CommandOption("--zip")]
    [Description("Also write DIR/<job>.zip per job: its files and its manifest entry, byte for byte reproducible.")]
    public bool Zip { get; init; }

    [CommandOption("--shard <I/N>")]
    [Description("Run only this share of the jobs: of the jobs sorted by id, every N-th from the I-th (I from 0). Writes manifest-I-of-N.json and SHA256SUMS-I-of-N; merge them with merge-manifests.")]
    public string? Shard { get; init; }
}
