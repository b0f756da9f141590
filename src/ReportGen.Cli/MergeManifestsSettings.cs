using System.ComponentModel;
using Spectre.Console.Cli;

namespace ReportGen.Cli;

public sealed class MergeManifestsSettings : CommandSettings
{
    [CommandArgument(0, "<MANIFEST>")]
    [Description("The shards' manifests (manifest-0-of-4.json …), each as reportgen batch --shard wrote it.")]
    public string[] Manifests { get; init; } = [];

    [CommandOption("-o|--out <FILE>")]
    [Description("The merged manifest; SHA256SUMS is written beside it. Default: manifest.json in the first manifest's folder.")]
    public string? Out { get; init; }
}
