using ClosedXML.Excel;

namespace ReportGen.Tests;

/// <summary>
/// Opens every workbook of each issuer in LibreOffice with recalculation forced, so every formula is computed by a real
/// spreadsheet, and compares what it displays in every cell with the cached values a reader that never recalculates
/// shows (which <see cref="WorkbookTests"/> compares with the engine's figures).
/// </summary>
public sealed class LibreOfficeTests
{
    public static TheoryData<string, string> Samples => new() { { "iij-2q03", "iij" }, { "laurentian-2024q2", "laurentian" } };

    [LibreOfficeTheory]
    [MemberData(nameof(Samples))]
    public void LibreOffice_recalculates_every_formula_to_the_cached_value(string sample, string pack)
    {
        var folder = Repo.TempDir();
        var result = TestRenderers.Run(TestRenderers.Build(Path.Combine(Repo.Root, "samples", sample, "dataset.json"), Path.Combine(Repo.Root, "templates", pack), folder, "xlsx"));
        Assert.True(result.ExitCode == 0, string.Join("\n", result.Diagnostics));

        var formulas = 0;
        foreach (var path in Directory.GetFiles(folder, "*.xlsx"))
        {
            using var workbook = new XLWorkbook(path);
            var shown = LibreOffice.Displayed(path, workbook.Worksheets.Select(s => s.Name));
            foreach (var sheet in workbook.Worksheets)
            {
                foreach (var cell in sheet.CellsUsed())
                {
                    var row = shown[sheet.Name].ElementAtOrDefault(cell.Address.RowNumber - 1) ?? [];
                    var libreOffice = row.ElementAtOrDefault(cell.Address.ColumnNumber - 1) ?? "";
                    var cached = WorkbookReader.Displayed(cell).ReplaceLineEndings(" ");
                    Assert.True(cached == libreOffice.ReplaceLineEndings(" "), $"{Path.GetFileName(path)} {sheet.Name}!{cell.Address}: cached '{cached}', LibreOffice '{libreOffice}'");
                    formulas += cell.HasFormula ? 1 : 0;
                }
            }
        }

        Assert.True(formulas > 300, $"only {formulas} formulas recalculated");
        Directory.Delete(folder, recursive: true);
    }
}
