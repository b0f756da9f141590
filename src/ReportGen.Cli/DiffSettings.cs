using System.ComponentModel;
using Spectre.Console.Cli;

namespace ReportGen.Cli;

public sealed class DiffSettings : CommandSettings
{
    [CommandArgument(0, "<OLD>")]
    [Description("The old draft: a dataset (JSON), or an output folder of a build (its <job>-figures.json).")]
    public string Old { get; init; } = "";

    [CommandArgument(1, "<NEW>")]
    [Description("The new draft: a dataset, or an output folder of a build.")]
    public string New { get; init; } = "";

    [CommandOption("-t|--templates <DIR>")]
    [Description("The template pack folder. Default: the pack the dataset names (\"templates\"), else templates/iij.")]
    public string? Templates { get; init; }

    [CommandOption("-o|--out <DIR>")]
    [Description("Write blackline.md and blackline.json here. Without it the Markdown is printed.")]
    public string? Out { get; init; }
}
