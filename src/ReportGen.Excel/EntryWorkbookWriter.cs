using System.Globalization;
using ClosedXML.Excel;
using ReportGen.Documents;
using ReportGen.Preparation;

namespace ReportGen.Excel;

/// <summary>
/// Writes an <see cref="EntryWorkbook"/> as an .xlsx file: input cells unlocked and shaded, with data validation that
/// accepts only what the cell takes; sums and checks as live formulas, locked, with the values they compute to written as
/// their cached values (so the workbook shows them before any recalculation); protected sheets without a password.
/// </summary>
public static class EntryWorkbookWriter
{
    private static readonly XLColor InputFill = XLColor.FromHtml("#FFF8DC");
    private static readonly XLColor ComputedFill = XLColor.FromHtml("#EFEFEF");
    private static readonly XLColor HeaderFill = XLColor.FromHtml("#DDE4EE");

    public static void Write(EntryWorkbook book, Stream output)
    {
        var cached = new Dictionary<(string Sheet, string Address), CachedValue>();
        using var workbook = new XLWorkbook();
        var created = book.Created.UtcDateTime;
        workbook.Properties.Title = book.Title;
        workbook.Properties.Author = book.Author;
        workbook.Properties.LastModifiedBy = "ReportGen";
        workbook.Properties.Created = created;
        workbook.Properties.Modified = created;
        foreach (var sheet in book.Sheets)
        {
            var worksheet = workbook.AddWorksheet(sheet.Name);
            foreach (var cell in sheet.Cells)
            {
                Write(worksheet, cell, cached);
            }

            for (var c = 0; c < sheet.Widths.Count; c++)
            {
                worksheet.Column(c + 1).Width = sheet.Widths[c];
            }

            worksheet.SheetView.Freeze(sheet.FrozenRows, sheet.FrozenColumns);
            worksheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
            worksheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
            worksheet.PageSetup.FitToPages(1, 0);
            worksheet.PageSetup.SetRowsToRepeatAtTop(1, sheet.FrozenRows);
            if (sheet.Protected)
            {
                // No password: the protection keeps a slip of the keyboard off the labels and formulas, nothing more.
                worksheet.Protect()
                    .AllowElement(XLSheetProtectionElements.FormatColumns)
                    .AllowElement(XLSheetProtectionElements.FormatRows)
                    .AllowElement(XLSheetProtectionElements.SelectLockedCells)
                    .AllowElement(XLSheetProtectionElements.SelectUnlockedCells);
            }
        }

        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        WorkbookPackage.Finish(buffer, cached, book.Created, output);
    }

    private static void Write(IXLWorksheet sheet, EntryCell model, Dictionary<(string, string), CachedValue> cached)
    {
        var cell = sheet.Cell(model.Row, model.Column);
        var style = cell.Style;
        switch (model.Kind)
        {
            case EntryCellKind.Title:
                SetText(cell, model.Text);
                style.Font.Bold = true;
                style.Font.FontSize = 12;
                return;
            case EntryCellKind.Note:
                SetText(cell, model.Text);
                style.Font.Italic = true;
                style.Font.FontColor = XLColor.FromHtml("#555555");
                return;
            case EntryCellKind.Header:
                SetText(cell, model.Text);
                style.Font.Bold = true;
                style.Fill.BackgroundColor = HeaderFill;
                style.Border.BottomBorder = XLBorderStyleValues.Thin;
                style.Alignment.WrapText = true;
                return;
            case EntryCellKind.Label:
                SetText(cell, model.Text);
                return;
            case EntryCellKind.Input:
                WriteInput(cell, model);
                return;
            default:
                WriteFormula(sheet, cell, model, cached);
                return;
        }
    }

    private static void WriteInput(IXLCell cell, EntryCell model)
    {
        var style = cell.Style;
        style.Protection.Locked = false;
        style.Fill.BackgroundColor = InputFill;
        if (model.Number is { } number)
        {
            cell.Value = number;
        }
        else if (model.Date is { } date)
        {
            cell.Value = date.ToDateTime(TimeOnly.MinValue);
        }
        else if (model.Text is not null)
        {
            SetText(cell, model.Text);
        }

        var address = cell.Address.ToStringRelative(false);
        switch (model.Input)
        {
            case EntryInput.Figure:
                style.NumberFormat.Format = Amount(model.Decimals);
                style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
                Validate(cell, $"OR(ISNUMBER({address}),{address}=\"-\")", "A figure", "Type a number, or - where there is nothing to report.");
                break;
            case EntryInput.Number:
                style.NumberFormat.Format = Amount(model.Decimals);
                Validate(cell, $"ISNUMBER({address})", "A number", "Type a number.");
                break;
            case EntryInput.Integer:
                style.NumberFormat.Format = "0";
                Validate(cell, $"AND(ISNUMBER({address}),{address}=INT({address}))", "A whole number", "Type a whole number.");
                break;
            case EntryInput.Date:
                style.NumberFormat.Format = "yyyy-mm-dd";
                Validate(cell, $"ISNUMBER({address})", "A date", "Type a date (yyyy-mm-dd).");
                break;
            case EntryInput.Choice:
                var validation = cell.SetDataValidation();
                validation.List("\"" + string.Join(",", model.Choices ?? []) + "\"", true);
                validation.ErrorTitle = "One of the list";
                validation.ErrorMessage = $"Choose one of: {string.Join(", ", model.Choices ?? [])}.";
                validation.ShowErrorMessage = true;
                break;
            default:
                style.NumberFormat.Format = "@";
                break;
        }
    }

    private static void WriteFormula(IXLWorksheet sheet, IXLCell cell, EntryCell model, Dictionary<(string, string), CachedValue> cached)
    {
        // A blank or "-" counts as zero: N() of a cell holding text is 0, so the sums work while figures are being typed.
        var formulas = new ExcelFormula(
            (_, _) => throw new InvalidOperationException("An entry sheet has no data sheet."),
            (row, column) => $"N({ExcelRenderer.ColumnLetter(column)}{row.ToString(CultureInfo.InvariantCulture)})",
            "");
        var text = formulas.Write(model.Formula!);
        if (model.OnlyWhereNumber is { } guard)
        {
            text = $"IF(ISNUMBER({ExcelRenderer.ColumnLetter(guard.Column)}{guard.Row.ToString(CultureInfo.InvariantCulture)}),{text},\"\")";
        }

        cell.FormulaA1 = text;
        cached[(sheet.Name, cell.Address.ToString()!)] = model.Number is { } n ? new CachedValue(n == 0 ? 0 : n, null) : new CachedValue(null, model.Text ?? "");
        var style = cell.Style;
        style.Fill.BackgroundColor = ComputedFill;
        style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
        if (model.Kind == EntryCellKind.Check)
        {
            var digits = model.Decimals == 0 ? "" : "." + new string('0', model.Decimals);
            style.NumberFormat.Format = $"#,##0{digits};-#,##0{digits};\"OK\"";
            var address = cell.Address.ToStringRelative(false);
            cell.AddConditionalFormat().WhenIsTrue($"AND(ISNUMBER({address}),{address}<>0)").Fill.SetBackgroundColor(XLColor.FromHtml("#F4B6B6"));
        }
        else
        {
            style.NumberFormat.Format = Amount(model.Decimals);
        }
    }

    private static void Validate(IXLCell cell, string formula, string title, string message)
    {
        var validation = cell.SetDataValidation();
        validation.Custom(formula);
        validation.IgnoreBlanks = true;
        validation.ErrorTitle = title;
        validation.ErrorMessage = message;
        validation.ShowErrorMessage = true;
        validation.ErrorStyle = XLErrorStyle.Stop;
    }

    /// <summary>Texts stay texts: an id or ticker made of digits is not turned into a number.</summary>
    private static void SetText(IXLCell cell, string? text)
    {
        if (text is not null)
        {
            cell.SetValue(text);
            cell.DataType = XLDataType.Text;
        }
    }

    private static string Amount(int decimals) => decimals == 0 ? "#,##0;-#,##0" : $"#,##0.{new string('0', decimals)};-#,##0.{new string('0', decimals)}";
}
