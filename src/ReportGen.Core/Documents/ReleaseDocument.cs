using ReportGen.Binding;

namespace ReportGen.Documents;

/// <summary>Document properties: written into the workbook and the PDF.</summary>
public sealed record DocumentMetadata(string Title, string Author, string Subject, string Language, DateTimeOffset Created, string Keywords);

/// <summary>A data-sheet row: a fact or derived item in its own unit, by period; a derived item carries its formula.</summary>
public sealed record DataRow(string Item, string Label, string Unit, IReadOnlyList<decimal?> Values, IReadOnlyList<Formula?> Formulas);

/// <summary>The facts behind the tables: what every formula of a workbook refers to, with the captions of its columns.</summary>
public sealed record DataSheet(
    string SheetName,
    IReadOnlyList<string> Captions,
    IReadOnlyList<string> PeriodHeaders,
    IReadOnlyList<string> PeriodKeys,
    string RateLabel,
    decimal? Rate,
    IReadOnlyList<DataRow> Rows);

/// <summary>The fixed words a renderer prints around the content, in the document's language.</summary>
/// <param name="Continued">Appended to a table's title on a page it continues on.</param>
/// <param name="PageNumber">The footer of page <c>page</c> of <c>pages</c>.</param>
public sealed record DocumentWording(string Continued, Func<int, int, string> PageNumber)
{
    /// <summary>What marks an item of a bullet list.</summary>
    public string Bullet { get; init; } = "•";
}

/// <summary>
/// The workbook's sheet of the figures the document's text prints: each with where it stands in the text and the
/// table cell that prints the same figure, so that a reader checks the prose against the tables.
/// </summary>
/// <param name="Captions">The captions of its four columns: the text, the figure printed, its source, the cell's value.</param>
public sealed record FiguresSheet(string SheetName, IReadOnlyList<string> Captions);

/// <summary>
/// One language's release: its file name, properties and running header, how its figures print and the font its
/// workbook is set in, its blocks in order, and the data its tables' figures are computed from.
/// </summary>
public sealed record ReleaseDocument(
    string Language,
    string FileStem,
    string Header,
    DocumentMetadata Metadata,
    DocumentWording Wording,
    NumberConvention Numbers,
    string WorkbookFont,
    IReadOnlyList<Block> Blocks,
    DataSheet Data)
{
    /// <summary>The footnotes its text marks, by id, printed at the foot of the page that marks them.</summary>
    public IReadOnlyDictionary<string, NoteModel> Footnotes { get; init; } = new Dictionary<string, NoteModel>();

    /// <summary>The workbook's sheet of the figures in the text; null where the pack asks for none.</summary>
    public FiguresSheet? Figures { get; init; }

    /// <summary>Every figure the document's text prints, with the id of the text it stands in, in reading order.</summary>
    public IEnumerable<(string Block, FigureRun Figure)> TextFigures()
    {
        foreach (var block in Blocks)
        {
            var runs = block switch
            {
                ParagraphBlock p => [(p.Id, p.Runs)],
                HeadingBlock h => [(h.Id, h.Runs)],
                BulletListBlock l => l.Items.Select((item, i) => (i < l.ItemIds.Count ? l.ItemIds[i] : l.Id, item)),
                _ => Array.Empty<(string, IReadOnlyList<Run>)>(),
            };
            foreach (var (id, items) in runs)
            {
                foreach (var figure in items.OfType<FigureRun>())
                {
                    yield return (id, figure);
                }
            }
        }
    }

    /// <summary>The document's tables, in order.</summary>
    public IEnumerable<TableModel> Tables => Blocks.OfType<TableBlock>().Select(b => b.Table);

    /// <summary>The lines of the document's title block, if it has one.</summary>
    public IReadOnlyList<string> TitleLines => Blocks.OfType<TitleBlock>().FirstOrDefault()?.Lines ?? [];
}
