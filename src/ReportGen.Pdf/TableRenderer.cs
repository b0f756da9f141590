using PdfSharp.Drawing;
using ReportGen.Documents;

namespace ReportGen.Pdf;

/// <summary>
/// Lays a table out down the pages: title and unit caption, column headers (repeated on every page the table spans),
/// rows that never split across pages, decimal-aligned figures, subtotal and total rules, footnotes under the table.
/// </summary>
internal sealed class TableRenderer
{
    private const double CellPadding = 6;
    private const double IndentStep = 9;
    private readonly PageFlow flow;
    private readonly Fonts fonts;
    private readonly TableModel table;
    private readonly double[] widths;
    private readonly double[] fractionWidths;
    private readonly double[] suffixWidths;
    private readonly double labelWidth;

    public TableRenderer(PageFlow flow, Fonts fonts, TableModel table, double availableWidth)
    {
        this.flow = flow;
        this.fonts = fonts;
        this.table = table;
        var count = table.Columns.Count;
        widths = new double[count];
        fractionWidths = new double[count];
        suffixWidths = new double[count];
        for (var c = 0; c < count; c++)
        {
            var figures = table.Rows.Select(r => r.Cells[c]).OfType<CellModel>().Select(cell => FigureText.Split(cell.Display)).ToList();
            fractionWidths[c] = figures.Select(f => Measure(f.Fraction, fonts.Bold)).DefaultIfEmpty(0).Max();
            suffixWidths[c] = figures.Select(f => Measure(f.Suffix, fonts.Bold)).DefaultIfEmpty(0).Max();
            var integers = figures.Select(f => Measure(f.Integer, fonts.Bold)).DefaultIfEmpty(0).Max();
            // A column is at least as wide as the longest word of its header, and of a group heading over it alone.
            var words = table.Columns[c].Header.Split(' ').ToList();
            if (table.Groups().FirstOrDefault(g => g.First == c && g.Last == c) is { } alone)
            {
                words.AddRange(alone.Text.Split(' '));
            }

            var headerWord = words.Select(w => Measure(w, fonts.Bold)).DefaultIfEmpty(0).Max();
            widths[c] = Math.Max(42, Math.Max(integers + fractionWidths[c] + suffixWidths[c], headerWord) + (2 * CellPadding));
        }

        labelWidth = availableWidth - widths.Sum();
    }

    private double LineHeight => fonts.LineHeight;

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
        flow.EnsureRoom(StartHeight(), table.Landscape);
        DrawTitle(continued: false);
        DrawColumnHeaders();

        foreach (var row in table.Rows)
        {
            var height = RowHeight(row);
            if (height > flow.Remaining)
            {
                flow.NewPage(table.Landscape);
                DrawTitle(continued: true);
                DrawColumnHeaders();
            }

            DrawRow(row, height);
        }

        DrawNotes();
        flow.Y += LineHeight * 1.2;
    }

    private double TitleHeight() =>
        (LineHeight * 1.4) + table.Subtitle.Sum(s => Wrap(s, fonts.Body, flow.Width).Count * LineHeight) + (LineHeight * 0.4);

    private void DrawTitle(bool continued)
    {
        var g = flow.Graphics;
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
        ((GroupLines().Select(g => g.Lines.Count).DefaultIfEmpty(0).Max() + HeaderLines().Max(l => l.Count)) * LineHeight) + 4;

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
        var count = lines.Max(l => l.Count);
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

        flow.Y += count * LineHeight + 2;
        g.DrawLine(new XPen(XColors.Black, 0.6), flow.Left, flow.Y, flow.Right, flow.Y);
        flow.Y += 2;
    }

    /// <summary>A row's height: its label's lines, plus room for the rule over a subtotal or total.</summary>
    private double RowHeight(RowModel row) => row.Kind == RowKind.Spacer
        ? LineHeight * 0.5
        : (LabelLines(row).Count * LineHeight) + RuleGap(row);

    private static double RuleGap(RowModel row) => row.Style == RowStyle.Normal ? 0 : 2.5;

    private IReadOnlyList<string> LabelLines(RowModel row)
    {
        var font = row.Style == RowStyle.Total || row.Kind == RowKind.Header ? fonts.Bold : fonts.Body;
        var marks = row.Marks.Count == 0 ? 0 : Measure(string.Join(",", row.Marks), fonts.Mark) + 2;
        return Wrap(row.Label, font, labelWidth - (row.Indent * IndentStep) - marks - CellPadding);
    }

    private void DrawRow(RowModel row, double height)
    {
        var g = flow.Graphics;
        var top = flow.Y;
        if (row.Kind == RowKind.Spacer)
        {
            flow.Y += height;
            return;
        }

        var bold = row.Style == RowStyle.Total || row.Kind == RowKind.Header;
        var font = bold ? fonts.Bold : fonts.Body;
        var lines = LabelLines(row);
        var ruleY = top + 1;
        top += RuleGap(row);
        var x = flow.Left + (row.Indent * IndentStep);
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
            if (row.Style != RowStyle.Normal && row.Cells[c] is not null)
            {
                g.DrawLine(new XPen(XColors.Black, row.Style == RowStyle.Total ? 0.7 : 0.4), left + CellPadding, ruleY, left + widths[c] - 1, ruleY);
            }

            if (row.Cells[c] is { Display.Length: > 0 } cell)
            {
                DrawFigure(g, cell.Display, font, c, lastBaseline);
            }
        }

        flow.Y = top - RuleGap(row) + height;
    }

    private void DrawFigure(XGraphics g, string display, XFont font, int column, double baseline)
    {
        var parts = FigureText.Split(display);
        var anchor = ColumnLeft(column) + widths[column] - 2 - suffixWidths[column] - fractionWidths[column];
        g.DrawText(parts.Integer + parts.Fraction + parts.Suffix, font, XBrushes.Black, new XPoint(anchor - Measure(parts.Integer, font), baseline), XStringFormats.BaseLineLeft);
    }

    private double NotesHeight() =>
        table.Notes.Count == 0 ? 0 : (LineHeight * 0.4) + table.Notes.Sum(n => Wrap(n.Text, fonts.Note, flow.Width - Measure(n.Mark, fonts.Note) - 4).Count * LineHeight * 0.9);

    private void DrawNotes()
    {
        if (table.Notes.Count == 0)
        {
            return;
        }

        flow.Y += LineHeight * 0.4;
        foreach (var note in table.Notes)
        {
            var lead = note.Mark;
            var leadWidth = Measure(lead, fonts.Note) + 4;
            var lines = Wrap(note.Text, fonts.Note, flow.Width - leadWidth);
            var height = lines.Count * LineHeight * 0.9;
            if (height > flow.Remaining)
            {
                flow.NewPage(table.Landscape);
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
        text.Length == 0 ? 0 : flow.Measurer.MeasureString(text, font).Width;
}
