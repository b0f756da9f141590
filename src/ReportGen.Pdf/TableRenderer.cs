using PdfSharp.Drawing;
using ReportGen.Documents;

namespace ReportGen.Pdf;

/// <summary>
/// Lays a table out down the pages: its caption line, title and unit caption, column headers (repeated on every page the
/// table spans), rows that never split across pages, figures right-aligned with closing brackets and % signs hanging,
/// subtotal and total rules, footnotes under the table. The label column is as wide as its labels need; the figure
/// columns as wide as their figures and headers need, plus a share of what is left of the line.
/// </summary>
internal sealed class TableRenderer
{
    private const double CellPadding = 4.5;
    private const double IndentStep = 9;
    private const double MinimumFigureWidth = 36;
    private readonly PageFlow flow;
    private readonly Fonts fonts;
    private readonly TableModel table;
    private readonly double[] widths;
    private readonly double[] suffixWidths;
    private readonly Dictionary<int, double> indents = [];
    private readonly double labelWidth;

    public TableRenderer(PageFlow flow, Fonts fonts, TableModel table, double availableWidth, ColumnGrid? grid = null)
    {
        this.flow = flow;
        this.fonts = fonts;
        this.table = table;
        var count = table.Columns.Count;
        var natural = new double[count];
        suffixWidths = new double[count];
        for (var c = 0; c < count; c++)
        {
            var figures = table.Rows.Select(r => r.Cells[c]).OfType<CellModel>().Select(cell => FigureText.Split(cell.Display)).ToList();
            suffixWidths[c] = figures.Select(f => Measure(f.Suffix, fonts.Bold)).DefaultIfEmpty(0).Max();
            var bodies = figures.Select(f => Measure(f.Body, fonts.Bold)).DefaultIfEmpty(0).Max();

            // A column is at least as wide as the longest word of its header, and of a group heading over it alone.
            var words = table.Columns[c].Header.Split(' ').ToList();
            if (table.Groups().FirstOrDefault(g => g.First == c && g.Last == c) is { } alone)
            {
                words.AddRange(alone.Text.Split(' '));
            }

            var headerWord = words.Select(w => Measure(w, fonts.Bold)).DefaultIfEmpty(0).Max();
            natural[c] = Math.Max(MinimumFigureWidth, Math.Max(bodies + suffixWidths[c], headerWord) + (2 * CellPadding));
        }

        // Rows led by a group label (tiers) start their own label where every row of their indent starts, after the widest lead.
        foreach (var group in table.Rows.Where(r => r.Lead is not null).GroupBy(r => r.Indent))
        {
            indents[group.Key] = Math.Max(group.Key * IndentStep, group.Max(r => Measure(r.Lead!, fonts.Body)) + 8);
        }

        NaturalFigureWidth = natural.DefaultIfEmpty(MinimumFigureWidth).Max();
        NaturalLabelWidth = table.Rows.Select(r => IndentOf(r) + Measure(r.Label, Font(r)) + MarksWidth(r) + CellPadding).DefaultIfEmpty(100).Max();
        widths = new double[count];
        if (grid is not null)
        {
            labelWidth = grid.LabelWidth;
            Array.Fill(widths, grid.FigureWidth);
            return;
        }

        var figuresWidth = natural.Sum();
        if (NaturalLabelWidth + figuresWidth <= availableWidth)
        {
            // Room to spare: the labels keep what they need, the figure columns share the rest, each by at most half again.
            labelWidth = NaturalLabelWidth;
            var share = count == 0 ? 0 : (availableWidth - NaturalLabelWidth - figuresWidth) / count;
            for (var c = 0; c < count; c++)
            {
                widths[c] = natural[c] + Math.Min(share, natural[c] * 0.5);
            }
        }
        else
        {
            // Too narrow: the labels wrap in what the figures leave.
            labelWidth = Math.Max(availableWidth - figuresWidth, 60);
            Array.Copy(natural, widths, count);
        }
    }

    /// <summary>What the labels need on one line each, indents and markers included.</summary>
    public double NaturalLabelWidth { get; }

    /// <summary>What the widest figure column needs.</summary>
    public double NaturalFigureWidth { get; }

    /// <summary>The most lines any label wraps to.</summary>
    public int LongestLabel => table.Rows.Where(r => r.Kind != RowKind.Spacer).Select(r => LabelLines(r).Count).DefaultIfEmpty(1).Max();

    private double LineHeight => fonts.LineHeight;

    private double TableWidth => labelWidth + widths.Sum();

    /// <summary>The height of the whole table, notes included, were it drawn on one page.</summary>
    public double TotalHeight() => TitleHeight() + HeaderHeight() + table.Rows.Sum(RowHeight) + NotesHeight();

    /// <summary>
    /// The room the table needs where it starts: all of it when it fits on a page, for it is then never split; else its
    /// title, its headers and three rows.
    /// </summary>
    public double StartHeight()
    {
        var whole = TotalHeight();
        return whole <= flow.Bottom - flow.Top ? whole : TitleHeight() + HeaderHeight() + table.Rows.Take(3).Sum(RowHeight);
    }

    public void Render()
    {
        flow.EnsureRoom(StartHeight(), flow.Landscape);
        // A statement is an appendix of the document, not part of the section before it.
        flow.Bookmark(table.Title, table.Statement ? flow.SectionLevel : null);
        flow.Target($"{flow.Language}/{table.Id}");
        DrawTitle(continued: false);
        DrawColumnHeaders();

        var first = true;
        foreach (var row in table.Rows)
        {
            var height = RowHeight(row);
            var footnotes = flow.NewFootnotes(table.Notes.Where(n => n.PageFoot && row.Footnotes.Contains(n.Id)));
            if (height + flow.FootnotesHeight(footnotes) > flow.Remaining)
            {
                flow.NewPage(flow.Landscape);
                DrawTitle(continued: true);
                DrawColumnHeaders();
                first = true;
            }

            flow.PlaceFootnotes(footnotes);
            DrawRow(row, height, ruleAllowed: !first);
            first &= row.Kind == RowKind.Spacer;
        }

        DrawNotes();
        flow.Y += LineHeight * 1.2;
    }

    private bool HasCaption => table.Caption.Length > 0 || table.Tag.Length > 0;

    private double TitleHeight() =>
        (HasCaption ? LineHeight * 1.3 : 0) + (LineHeight * 1.4) + table.Subtitle.Sum(s => Wrap(s, fonts.Body, flow.Width).Count * LineHeight) + (LineHeight * 0.4);

    private void DrawTitle(bool continued)
    {
        var g = flow.Graphics;
        if (HasCaption)
        {
            g.DrawText(table.Caption, fonts.Bold, XBrushes.Black, new XPoint(flow.Left, flow.Y + Baseline), XStringFormats.BaseLineLeft);
            g.DrawText(table.Tag, fonts.Bold, XBrushes.Black, new XPoint(flow.Left + Math.Max(TableWidth, Measure(table.Caption + table.Tag, fonts.Bold) + 20), flow.Y + Baseline), XStringFormats.BaseLineRight);
            flow.Y += LineHeight * 1.3;
        }

        var title = continued ? table.Title + " " + flow.Document.Wording.Continued : table.Title;
        g.DrawText(title, fonts.TableTitle, XBrushes.Black, new XPoint(flow.Left, flow.Y + (LineHeight * 0.95)), XStringFormats.BaseLineLeft);
        flow.Y += LineHeight * 1.4;
        foreach (var line in table.Subtitle.SelectMany(s => Wrap(s, fonts.Body, flow.Width)))
        {
            g.DrawText(line, fonts.Body, XBrushes.Black, new XPoint(flow.Left, flow.Y + Baseline), XStringFormats.BaseLineLeft);
            flow.Y += LineHeight;
        }

        flow.Y += LineHeight * 0.4;
    }

    private double Baseline => LineHeight * 0.72;

    private List<string>[] HeaderLines() =>
        table.Columns.Select((c, i) => Wrap(c.Header, fonts.Bold, widths[i] - CellPadding).ToList()).ToArray();

    private double HeaderHeight() =>
        ((GroupLines().Select(g => g.Lines.Count).DefaultIfEmpty(0).Max() + HeaderLines().Select(l => l.Count).DefaultIfEmpty(1).Max()) * LineHeight) + 4;

    /// <summary>Each group heading, wrapped to the width of the columns it spans.</summary>
    private List<(int Start, int End, IReadOnlyList<string> Lines)> GroupLines() =>
        table.Groups()
            .Select(g => (g.First, g.Last, Wrap(g.Text, fonts.Bold, ColumnLeft(g.Last) + widths[g.Last] - ColumnLeft(g.First) - CellPadding)))
            .ToList();

    private void DrawColumnHeaders()
    {
        var g = flow.Graphics;
        var groups = GroupLines();
        var groupCount = groups.Select(x => x.Lines.Count).DefaultIfEmpty(0).Max();
        foreach (var (first, last, text) in groups)
        {
            var x0 = ColumnLeft(first) + CellPadding;
            var x1 = ColumnLeft(last) + widths[last] - 2;
            for (var i = 0; i < text.Count; i++)
            {
                var y = flow.Y + ((groupCount - text.Count + i) * LineHeight) + Baseline;
                g.DrawText(text[i], fonts.Bold, XBrushes.Black, new XPoint((x0 + x1) / 2, y), XStringFormats.BaseLineCenter);
            }

            g.DrawLine(new XPen(XColors.Black, 0.4), x0, flow.Y + (groupCount * LineHeight) - 1, x1, flow.Y + (groupCount * LineHeight) - 1);
        }

        flow.Y += groupCount * LineHeight;

        var lines = HeaderLines();
        var count = lines.Select(l => l.Count).DefaultIfEmpty(1).Max();
        for (var c = 0; c < table.Columns.Count; c++)
        {
            // Bottom-align headers of different heights.
            var offset = count - lines[c].Count;
            for (var i = 0; i < lines[c].Count; i++)
            {
                var y = flow.Y + ((offset + i) * LineHeight) + Baseline;
                g.DrawText(lines[c][i], fonts.Bold, XBrushes.Black, new XPoint(ColumnLeft(c) + widths[c] - 2, y), XStringFormats.BaseLineRight);
            }
        }

        flow.Y += (count * LineHeight) + 2;
        g.DrawLine(new XPen(XColors.Black, 0.6), flow.Left, flow.Y, flow.Left + TableWidth, flow.Y);
        flow.Y += 2;
    }

    /// <summary>A row's height: its label's lines, plus room for the rule over a subtotal or total.</summary>
    private double RowHeight(RowModel row) => row.Kind == RowKind.Spacer
        ? LineHeight * 0.5
        : (LabelLines(row).Count * LineHeight) + RuleGap(row);

    private static double RuleGap(RowModel row) => row.Style == RowStyle.Normal ? 0 : 2.5;

    private XFont Font(RowModel row) => row.Style == RowStyle.Total || row.Kind == RowKind.Header ? fonts.Bold : fonts.Body;

    private double IndentOf(RowModel row) => indents.TryGetValue(row.Indent, out var x) ? x : row.Indent * IndentStep;

    private double MarksWidth(RowModel row) => row.Marks.Count == 0 ? 0 : Measure(string.Join(",", row.Marks), fonts.Mark) + 2;

    private IReadOnlyList<string> LabelLines(RowModel row) =>
        Wrap(row.Label, Font(row), labelWidth - IndentOf(row) - MarksWidth(row) - CellPadding);

    private void DrawRow(RowModel row, double height, bool ruleAllowed)
    {
        var g = flow.Graphics;
        var top = flow.Y;
        if (row.Kind == RowKind.Spacer)
        {
            flow.Y += height;
            return;
        }

        var font = Font(row);
        var lines = LabelLines(row);
        var ruleY = top + 1;
        top += RuleGap(row);
        var x = flow.Left + IndentOf(row);
        if (row.Lead is { } lead)
        {
            g.DrawText(lead, fonts.Body, XBrushes.Black, new XPoint(flow.Left, top + Baseline), XStringFormats.BaseLineLeft);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            g.DrawText(lines[i], font, XBrushes.Black, new XPoint(x, top + (i * LineHeight) + Baseline), XStringFormats.BaseLineLeft);
        }

        var lastBaseline = top + ((lines.Count - 1) * LineHeight) + Baseline;
        if (row.Marks.Count > 0)
        {
            var after = x + Measure(lines[^1], font) + 1;
            g.DrawText(string.Join(",", row.Marks), fonts.Mark, XBrushes.Black, new XPoint(after, lastBaseline - (fonts.Body.Size * 0.35)), XStringFormats.BaseLineLeft);
        }

        for (var c = 0; c < row.Cells.Count; c++)
        {
            var left = ColumnLeft(c);

            // A total just under the column headers (the first line of a reconciliation) has no rule of its own: the headers' rule is there.
            if (ruleAllowed && row.Style != RowStyle.Normal && row.Cells[c] is not null)
            {
                g.DrawLine(new XPen(XColors.Black, row.Style == RowStyle.Total ? 0.7 : 0.4), left + CellPadding, ruleY, left + widths[c] - 1, ruleY);
            }

            if (row.Cells[c] is { Display.Length: > 0 } cell)
            {
                DrawFigure(g, cell.Display, font, c, lastBaseline);

                // A statement's grand total is double-underlined, as accountants close a column.
                if (table.Statement && row.Style == RowStyle.Total)
                {
                    var pen = new XPen(XColors.Black, 0.5);
                    var under = lastBaseline + (fonts.Body.Size * 0.3);
                    g.DrawLine(pen, left + CellPadding, under, left + widths[c] - 1, under);
                    g.DrawLine(pen, left + CellPadding, under + 1.5, left + widths[c] - 1, under + 1.5);
                }
            }
        }

        flow.Y = top - RuleGap(row) + height;
    }

    /// <summary>A figure right-aligned on its digits; its closing bracket or % sign hangs into the column's margin.</summary>
    private void DrawFigure(XGraphics g, string display, XFont font, int column, double baseline)
    {
        var parts = FigureText.Split(display);
        var anchor = ColumnLeft(column) + widths[column] - 2 - suffixWidths[column];
        g.DrawText(parts.Body + parts.Suffix, font, XBrushes.Black, new XPoint(anchor - Measure(parts.Body, font), baseline), XStringFormats.BaseLineLeft);
    }

    /// <summary>The notes printed under the table: those not at the foot of the page.</summary>
    private IEnumerable<NoteModel> TableNotes => table.Notes.Where(n => !n.PageFoot);

    private double NotesHeight() =>
        !TableNotes.Any() ? 0 : (LineHeight * 0.4) + TableNotes.Sum(n => Wrap(n.Text, fonts.Note, NotesWidth - Measure(n.Mark, fonts.Note) - 4).Count * LineHeight * 0.9);

    private double NotesWidth => Math.Max(TableWidth, flow.Width * 0.6);

    private void DrawNotes()
    {
        if (!TableNotes.Any())
        {
            return;
        }

        flow.Y += LineHeight * 0.4;
        foreach (var note in TableNotes)
        {
            var lead = note.Mark;
            var leadWidth = Measure(lead, fonts.Note) + 4;
            var lines = Wrap(note.Text, fonts.Note, NotesWidth - leadWidth);
            var height = lines.Count * LineHeight * 0.9;
            if (height > flow.Remaining)
            {
                flow.NewPage(flow.Landscape);
            }

            var g = flow.Graphics;
            g.DrawText(lead, fonts.Note, XBrushes.Black, new XPoint(flow.Left, flow.Y + Baseline), XStringFormats.BaseLineLeft);
            for (var i = 0; i < lines.Count; i++)
            {
                g.DrawText(lines[i], fonts.Note, XBrushes.Black, new XPoint(flow.Left + leadWidth, flow.Y + Baseline + (i * LineHeight * 0.9)), XStringFormats.BaseLineLeft);
            }

            flow.Y += height;
        }
    }

    private double ColumnLeft(int column) => flow.Left + labelWidth + widths.Take(column).Sum();

    private IReadOnlyList<string> Wrap(string text, XFont font, double width) =>
        LineBreaker.Break(text, width, s => Measure(s, font));

    private double Measure(string text, XFont font) =>
        text.Length == 0 ? 0 : TextWidth.Of(text, font);
}
