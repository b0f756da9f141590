using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReportGen.Cli;

public sealed class NextSettings : CommandSettings
{
    [CommandArgument(0, "<DATASET>")]
    [Description("This quarter's dataset (JSON).")]
    public string Dataset { get; init; } = "";

    [CommandOption("-y|--year-ago <DATASET>")]
    [Description("Last year's dataset of the coming quarter: its values fill the year-ago periods. Without it they are left to enter.")]
    public string? YearAgo { get; init; }

    [CommandOption("-t|--templates <DIR>")]
    [Description("The template pack folder. Default: the pack the dataset names (\"templates\"), else templates/iij.")]
    public string? Templates { get; init; }

    [CommandOption("-o|--out <FILE>")]
    [Description("The next quarter's dataset to write (JSON).")]
    public string? Out { get; init; }

    public override ValidationResult Validate() =>
        Out is null ? ValidationResult.Error("next needs --out FILE, the next quarter's dataset to write") : ValidationResult.Success();
}
