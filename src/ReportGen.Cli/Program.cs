using ReportGen.Cli;
using ReportGen.Pipeline;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("reportgen");
    config.PropagateExceptions();

    // An option the program does not know (build --ouput DIR) is a usage error, never silently ignored.
    config.UseStrictParsing();
    config.AddCommand<BuildCommand>("build")
        .WithDescription("Check the dataset, then write the release's workbooks and PDFs, and the tie-out report.")
        .WithExample("build")
        .WithExample("build", "samples/iij-2q03/dataset.json", "--templates", "templates/iij", "--out", "output", "--format", "xlsx,pdf");
    config.AddCommand<CheckCommand>("check")
        .WithDescription("Run every check of the tie-out without rendering, and write tieout.md and tieout.json.")
        .WithExample("check", "samples/iij-2q03/dataset.json", "--published", "samples/iij-2q03/published-en.tsv");
});

try
{
    return app.Run(args);
}
catch (CommandParseException exception)
{
    Console.Error.WriteLine($"reportgen: {exception.Message}");
    return ExitCodes.Usage;
}
catch (CommandRuntimeException exception)
{
    Console.Error.WriteLine($"reportgen: {exception.Message}");
    return ExitCodes.Usage;
}
catch (Exception exception)
{
    // The last resort: every input problem is a located error before this; what reaches here is a bug, said in one line.
    Console.Error.WriteLine($"reportgen: error RG0001: ReportGen failed unexpectedly ({exception.GetType().Name}: {exception.Message.ReplaceLineEndings(" ")}); this is a bug, please report it with the command that caused it");
    return ExitCodes.InvalidInput;
}
