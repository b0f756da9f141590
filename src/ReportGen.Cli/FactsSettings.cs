using System.ComponentModel;
using Spectre.Console.Cli;

namespace ReportGen.Cli;

public sealed class FactsSettings : CommandSettings
{
    [CommandOption("-t|--templates <DIR>")]
    [Description("The template pack folder. Default: templates/iij.")]
    public string? Templates { get; init; }

    [CommandOption("--json")]
    [Description("Print the list as JSON, for machines.")]
    public bool Json { get; init; }
}
