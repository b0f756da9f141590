using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReportGen.Cli;

public sealed class EntrySettings : CommandSettings
{
    [CommandArgument(0, "<DATASET>")]
    [Description("The dataset to lay out for entry (JSON), such as one reportgen next wrote.")]
    public string Dataset { get; init; } = "";

    [CommandOption("-t|--templates <DIR>")]
    [Description("The template pack folder. Default: the pack the dataset names (\"templates\"), else templates/iij.")]
    public string? Templates { get; init; }

    [CommandOption("-o|--out <FILE>")]
    [Description("The entry workbook to write (.xlsx).")]
    public string? Out { get; init; }

    public override ValidationResult Validate() =>
        Out is null ? ValidationResult.Error("entry needs --out FILE, the workbook to write") : ValidationResult.Success();
}
