using ReportGen.Cli;
using ReportGen.Pipeline;
using ReportGen.TieOut;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("reportgen");
    config.SetApplicationVersion(ToolVersion.Text);
    config.PropagateExceptions();

    // An option the program does not know (build --ouput DIR) is a usage error, never silently ignored.
    config.UseStrictParsing();
    config.AddCommand<BuildCommand>("build")
        .WithDescription("Check the dataset, then write the release's workbooks and PDFs, and the tie-out report.")
        .WithExample("build")
        .WithExample("build", "samples/iij-2q03/dataset.json", "--templates", "templates/iij", "--out", "output", "--format", "xlsx,pdf");
    config.AddCommand<CheckCommand>("check")
        .WithDescription("Run every check of the tie-out without rendering, and write the tie-out (<job>-tieout.md and .json).")
        .WithExample("check", "samples/iij-2q03/dataset.json", "--published", "samples/iij-2q03/published-en.tsv");
    config.AddCommand<BatchCommand>("batch")
        .WithDescription("Build many releases in one run, in parallel, each job into its own folder, with manifest.json and SHA256SUMS; a re-run builds only what changed.")
        .WithExample("batch", "datasets/", "--out", "dist", "--parallel", "2")
        .WithExample("batch", "batch.yaml", "--out", "dist", "--zip", "--shard", "0/4");
    config.AddCommand<MergeManifestsCommand>("merge-manifests")
        .WithDescription("Combine the manifests of a batch's shards into one manifest, with SHA256SUMS beside it.")
        .WithExample("merge-manifests", "dist/manifest-0-of-2.json", "dist/manifest-1-of-2.json", "--out", "dist/manifest.json");
    config.AddCommand<NextCommand>("next")
        .WithDescription("Roll a dataset forward to the next quarter: new periods, last quarter's figures as comparatives, the rest left to enter.")
        .WithExample("next", "samples/iij-2q03/dataset.json", "--out", "3q03/dataset.json")
        .WithExample("next", "q2.json", "--year-ago", "q3-last-year.json", "--templates", "templates/laurentian", "--out", "q3.json");
    config.AddCommand<EntryCommand>("entry")
        .WithDescription("Write a workbook to type a dataset's figures into: one row per fact, one column per period, totals checked as you type.")
        .WithExample("entry", "3q03/dataset.json", "--out", "3q03/entry.xlsx");
    config.AddCommand<ImportCommand>("import")
        .WithDescription("Read a filled-in entry workbook back into the dataset; every problem is named by sheet and cell, and nothing is written.")
        .WithExample("import", "3q03/entry.xlsx", "--out", "3q03/dataset.json");
    config.AddCommand<DiffCommand>("diff")
        .WithDescription("The blackline: every printed figure that differs between two drafts (datasets or output folders), by document, table, row and column.")
        .WithExample("diff", "draft1/dataset.json", "draft2/dataset.json")
        .WithExample("diff", "output-monday", "output-tuesday", "--out", "blackline");
    config.AddCommand<FactsCommand>("facts")
        .WithDescription("List every fact the template pack needs: its id, unit, the period roles it is needed for, and its labels.")
        .WithExample("facts")
        .WithExample("facts", "--templates", "templates/laurentian", "--json");
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
