using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ReportGen.Cli;

public sealed class ImportSettings : CommandSettings
{
    [CommandArgument(0, "<WORKBOOK>")]
    [Description("The entry workbook (.xlsx) that reportgen entry wrote and a preparer filled in.")]
    public string Workbook { get; init; } = "";

    [CommandOption("-t|--templates <DIR>")]
    [Description("The template pack folder. Default: templates/iij.")]
    public string? Templates { get; init; }

    [CommandOption("-o|--out <FILE>")]
    [Description("The dataset to write (JSON). Nothing is written unless every value is there and every total adds up.")]
    public string? Out { get; init; }

    public override ValidationResult Validate() =>
        Out is null ? ValidationResult.Error("import needs --out FILE, the dataset to write") : ValidationResult.Success();
}
