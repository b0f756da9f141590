using ReportGen.Binding;
using ReportGen.Diagnostics;
using ReportGen.Evaluation;
using ReportGen.Input;
using ReportGen.Output;
using ReportGen.Pipeline;
using ReportGen.Rendering;

namespace ReportGen.Preparation;

public static partial class Preparer
{
    /// <summary><c>reportgen entry</c>: the workbook a preparer types a quarter's figures into, laid out from the pack.</summary>
    /// <param name="render">Writes the workbook's bytes (the Excel renderer's entry writer).</param>
    public static ToolResult Entry(string dataset, string templates, string output, Action<EntryWorkbook, Stream> render) => Guard(() =>
    {
        var pack = ReleasePipeline.LoadPack(templates);
        var workbook = EntryBook.Build(pack, DatasetReader.Read(dataset));
        using var buffer = new MemoryStream();
        render(workbook, buffer);
        var written = WriteFile(output, buffer.ToArray());
        var facts = workbook.Sheets[0].Cells.Count(c => c.Kind == EntryCellKind.Input);
        var blanks = workbook.Sheets.SelectMany(s => s.Cells).Count(c => c.Kind == EntryCellKind.Input && c.Text is null && c.Number is null && c.Date is null && c.Input == EntryInput.Figure);
        return new ToolResult(ExitCodes.Success, written.Select(_ => output).ToList(), [$"Wrote {output}: {facts} figures on sheet {EntryLayout.Facts}, {blanks} of them still to enter.", $"When they are entered: reportgen import {output} --out DATASET.json"], []);
    });

    /// <summary>
    /// <c>reportgen import</c>: an entry workbook read back into the canonical dataset, written only when every value is
    /// there and of its kind, every relation adds up and every tie holds; each problem is located by sheet and cell.
    /// </summary>
    /// <param name="read">Reads the workbook's cells (the Excel renderer's entry reader).</param>
    public static ToolResult Import(string workbook, string templates, string output, Func<string, EntryGrid> read) => Guard(() =>
    {
        var pack = ReleasePipeline.LoadPack(templates);
        if (!File.Exists(workbook))
        {
            throw new ReportGenException(Messages.FileNotFound(workbook, "entry workbook"));
        }

        EntryGrid grid;
        try
        {
            grid = read(workbook);
        }
        catch (Exception exception) when (exception is not ReportGenException)
        {
            throw new ReportGenException(Messages.UnreadableWorkbook(workbook, exception.Message));
        }

        var (dataset, places) = EntryImport.Read(grid, workbook);
        var bytes = DatasetWriter.Write(dataset);
        try
        {
            // The schema's checks, on the file about to be written, reported at the cells the values came from.
            DatasetReader.Parse(bytes, workbook);
        }
        catch (ReportGenException exception)
        {
            throw new ReportGenException(exception.Diagnostics.Select(d => d with { Location = Relocate(d.Location, places, workbook) }).ToList());
        }

        var plan = DatasetBinder.Bind(pack, dataset);
        CheckTotals(plan, dataset, places);
        var written = WriteFile(output, bytes);
        return new ToolResult(ExitCodes.Success, written, [$"Wrote {output}: {dataset.Facts.Count} facts, {dataset.Periods.Count} periods; every total adds up and every tie holds."], []);
    });

    private static SourceLocation? Relocate(SourceLocation? at, IReadOnlyDictionary<string, SourceLocation> places, string workbook) =>
        at is { Path: { } path } && places.TryGetValue(path, out var cell) ? cell : at is null ? null : new SourceLocation(workbook);

    /// <summary>Every relation and tie of the pack on the entered figures; a failure is reported at its total's (or left side's) cell.</summary>
    private static void CheckTotals(ReleasePlan plan, DatasetFile dataset, IReadOnlyDictionary<string, SourceLocation> places)
    {
        SourceLocation? CellOf(string item, string period) =>
            places.GetValueOrDefault(JsonLocator.ToJsonPath(JsonLocator.Pointer(["facts", item, "values", period])));

        var bag = new DiagnosticBag();
        foreach (var check in FactChecks.Run(ItemValues.Compute(plan)).Where(c => !c.Passed))
        {
            if (check.Kind == CheckKind.Relation)
            {
                var relation = plan.Pack.Relations.First(r => r.Id == check.Id);
                var at = CellOf(relation.Total, check.Period) ?? new SourceLocation(dataset.Path);
                bag.Add(Messages.EntryUnbalanced(at, relation.Total, check.Period, check.LeftValue, check.RightValue, relation.Id, relation.Location));
                continue;
            }

            var tie = plan.Pack.Ties.First(t => t.Id == check.Id);
            var periods = check.Period.Split(" / ");
            var place = CellOf(tie.Left, periods[0]) ?? CellOf(tie.Right.Item, periods[^1]) ?? new SourceLocation(dataset.Path);
            bag.Add(Messages.EntryTieFails(place, tie.Id, check.Left, check.LeftValue, check.Right, check.RightValue, tie.Location));
        }

        bag.ThrowIfErrors();
    }
}
