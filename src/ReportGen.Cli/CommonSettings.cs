using System.ComponentModel;
using Spectre.Console.Cli;

namespace ReportGen.Cli;

public class CommonSettings : CommandSettings
{
    [CommandArgument(0, "[DATASET]")]
    [Description("The quarterly dataset (JSON). Default: the bundled IIJ 2Q03 sample.")]
    public string? Dataset { get; init; }

    [CommandOption("-t|--templates <DIR>")]
    [Description("The template pack folder. Default: the pack the dataset names (\"templates\"), else templates/iij.")]
    public string? Templates { get; init; }

    [CommandOption("-o|--out <DIR>")]
    [Description("Where to write the files. Default: output/.")]
    public string? Out { get; init; }

    [CommandOption("-p|--published <FILE>")]
    [Description("Figures as published (TSV: table, item, printed figures) to compare with. Default: published-en.tsv beside the dataset, if there is one.")]
    public string? Published { get; init; }
}

public sealed class BuildSettings : CommonSettings
{
    [CommandOption("-f|--format <FORMATS>")]
    [Description("Comma-separated output formats: xlsx, pdf. Default: xlsx,pdf.")]
    public string Format { get; init; } = "xlsx,pdf";
}

public sealed class CheckSettings : CommonSettings
{
}
