using ReportGen.Dataset;
using ReportGen.Diagnostics;
using ReportGen.Evaluation;
using ReportGen.Model;
using ReportGen.Templates;

namespace ReportGen.Building;

/// <summary>
/// Binds a pack to evaluated figures: one <see cref="ReleaseDocument"/> per language, every figure a <see cref="CellModel"/>
/// with its display text and its formula. Renderers only lay these out.
/// </summary>
public sealed partial class DocumentBuilder
{
    private readonly TemplatePack pack;
    private readonly Figures figures;
    private readonly BuildOptions options;

    public DocumentBuilder(TemplatePack pack, Figures figures, BuildOptions options)
    {
        this.pack = pack;
        this.figures = figures;
        this.options = options;
    }

    private ItemValues Values => figures.Values;

    private QuarterlyDataset Dataset => figures.Values.Dataset;

    public IReadOnlyList<ReleaseDocument> BuildAll() =>
        pack.Manifest.Documents.Keys.Order(StringComparer.Ordinal)
            .OrderBy(tag => tag == "ja" ? 0 : 1)
            .Select(tag => Build(LanguageExtensions.Parse(tag)))
            .ToList();

    public ReleaseDocument Build(Language language)
    {
        var definition = pack.Manifest.Documents[language.Tag()];
        var text = new TextContext(Dataset, pack.Manifest.Formats, language);
        var tables = definition.Tables.Select(id => BuildTable(pack.Tables[id], text)).ToList();
        var title = definition.Title.Select(text.Apply).ToList();
        var current = Dataset.PeriodOf(PeriodRole.Current);
        var created = options.Created ?? new DateTimeOffset(Dataset.ReleaseDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var metadata = new DocumentMetadata(
            title.FirstOrDefault() ?? pack.Manifest.Name,
            Dataset.Company.Name[language],
            text.Apply(definition.Subject),
            language.Tag(),
            created,
            $"{Dataset.Company.Ticker} {text.PeriodShort(current)}");
        var stem = $"{Dataset.Company.Id}-{text.PeriodShort(current).ToLowerInvariant()}-{language.Tag()}";
        return new ReleaseDocument(language.Tag(), stem, title, text.Apply(definition.Header), metadata, tables, BuildDataSheet(definition, text));
    }

    private TableModel BuildTable(TableDef table, TextContext text)
    {
        var language = text.Language;
        var columns = table.Columns.Select(c => BuildColumn(table, c, text)).ToList();
        var visible = table.Rows.Where(r => r.Only is null || r.Only == language.Tag()).ToList();
        var rows = new List<RowModel>();
        for (var index = 0; index < visible.Count; index++)
        {
            rows.Add(BuildRow(table, visible, index, columns, text));
        }

        return new TableModel(
            table.Id,
            table.Sheet[language] ?? table.Id,
            text.Apply(table.Title[language] ?? ""),
            table.Subtitle.Select(s => text.Apply(s[language] ?? "")).Where(s => s.Length > 0).ToList(),
            columns,
            rows,
            BuildNotes(table, text),
            table.Landscape);
    }

    private ColumnModel BuildColumn(TableDef table, ColumnDef column, TextContext text)
    {
        var language = text.Language;
        var current = Dataset.PeriodOf(PeriodRole.Current);
        var headers = pack.Manifest.Headers;
        ColumnKind kind;
        Period period;
        Period? basePeriod = null;
        string header;
        if (column.Change is { } changeRole)
        {
            kind = ColumnKind.Change;
            period = current;
            basePeriod = Dataset.PeriodOf(changeRole);
            header = (basePeriod.Role == PeriodRole.YearAgo ? headers.ChangeYearAgo : headers.ChangePrevious)?[language] ?? "%";
        }
        else if (column.Usd is { } usdRole)
        {
            kind = ColumnKind.Usd;
            period = Dataset.PeriodOf(usdRole);
            header = headers.Usd?[language] ?? Dataset.Convenience?.Currency ?? "USD";
        }
        else if (column.Share is { } shareRole)
        {
            kind = ColumnKind.Share;
            period = Dataset.PeriodOf(shareRole);
            header = headers.Share?[language] ?? "%";
        }
        else
        {
            kind = ColumnKind.Value;
            period = Dataset.PeriodOf(column.Value!);
            header = table.GroupByPeriod ? headers.Amount?[language] ?? Dataset.Currency : text.PeriodShort(period);
        }

        var group = column.Group?[language] ?? (table.GroupByPeriod && kind != ColumnKind.Change ? text.PeriodDate(period) : null);
        return new ColumnModel(kind, period.Key, basePeriod?.Key, text.Apply(column.Header?[language] ?? header), group is null ? null : text.Apply(group), column.Width);
    }

    private RowModel BuildRow(TableDef table, List<RowDef> visible, int index, List<ColumnModel> columns, TextContext text)
    {
        var language = text.Language;
        var row = visible[index];
        var labelKey = row.Label ?? row.Header ?? row.Item;
        var label = labelKey is null ? "" : text.Apply(pack.Labels[labelKey][language] ?? "");
        var style = row.Style switch
        {
            "total" => RowStyle.Total,
            "subtotal" => RowStyle.Subtotal,
            _ => RowStyle.Normal,
        };
        var marks = (row.Footnotes?[language] ?? [])
            .Select(id => FootnoteText(id, language))
            .Where(t => t is not null)
            .Select(t => t!.Mark)
            .ToList();

        if (row.Item is not { } item)
        {
            var kind = row.Spacer ? RowKind.Spacer : RowKind.Header;
            return new RowModel(kind, null, label, row.Indent, style, marks, columns.Select(_ => (CellModel?)null).ToList());
        }

        if (!Values.Has(item))
        {
            throw new ReportGenException(Messages.MissingFact(row.Location, item, Dataset.SourcePath, $"table '{table.Id}'"));
        }

        var cells = new List<CellModel?>();
        for (var c = 0; c < columns.Count; c++)
        {
            var shown = row.Show.Count == 0 || row.Show.Contains(columns[c].Kind.ToString().ToLowerInvariant());
            cells.Add(shown ? BuildCell(table, visible, index, columns, c) : null);
        }

        return new RowModel(RowKind.Item, item, label, row.Indent, style, marks, cells);
    }

    private List<NoteModel> BuildNotes(TableDef table, TextContext text)
    {
        var language = text.Language;
        var ids = table.Notes
            .Concat(table.Rows.SelectMany(r => r.Footnotes?[language] ?? []))
            .Distinct(StringComparer.Ordinal);
        var notes = new List<NoteModel>();
        foreach (var id in ids)
        {
            var footnote = pack.Footnotes[id];
            var note = FootnoteText(id, language);
            if (note is null)
            {
                continue;
            }

            var body = footnote.DatasetNote is { } key ? Dataset.Notes[key][language] : note.Text;
            notes.Add(new NoteModel(note.Lead ?? note.Mark, text.Apply(body)));
        }

        return notes;
    }

    /// <summary>A footnote's text in a language, or null where that language (or this quarter's dataset) has none.</summary>
    private FootnoteText? FootnoteText(string id, Language language)
    {
        var footnote = pack.Footnotes[id];
        if (footnote.DatasetNote is { } key && !Dataset.Notes.ContainsKey(key))
        {
            return null;
        }

        return footnote[language];
    }

}
