namespace ReportGen.Preparation;

/// <summary>
/// The workbook a preparer types a quarter's figures into, as <c>reportgen entry</c> lays it out; a renderer writes it as
/// an .xlsx file. <c>reportgen import</c> reads it back (<see cref="EntryGrid"/>) into the dataset.
/// </summary>
/// <param name="Created">The workbook's date, so that the same dataset gives the same file.</param>
public sealed record EntryWorkbook(string Title, string Author, DateTimeOffset Created, IReadOnlyList<EntrySheet> Sheets);
