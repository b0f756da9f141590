using ReportGen.Binding;
using ReportGen.Documents;
using ReportGen.Input;

namespace ReportGen.Preparation;

internal sealed partial class EntryBook
{
    private EntrySheet FactsSheet(PeriodEntry current)
    {
        var languages = pack.Languages.Select(l => l.Tag).ToList();
        var idColumn = languages.Count + 1;
        var unitColumn = idColumn + 1;
        int EntryColumn(int period) => unitColumn + 1 + (3 * period);

        var cells = new List<EntryCell>
        {
            new(1, 1, EntryCellKind.Title, $"{dataset.Company.Id} {current.Key}: the figures of each period"),
            new(2, 1, EntryCellKind.Note, $"Type each figure in the unit shown, or {EntryLayout.Nothing} where there is nothing to report. Beside a total, '{EntryLayout.Sum}' adds its components as you type and '{EntryLayout.Check}' shows the total less that sum (OK when they agree). Then: reportgen import THIS-FILE.xlsx --out dataset.json"),
        };
        cells.AddRange(languages.Select((l, i) => Header(EntryLayout.FactsHeaderRow, i + 1, EntryLayout.Label(l))));
        cells.Add(Header(EntryLayout.FactsHeaderRow, idColumn, EntryLayout.Id));
        cells.Add(Header(EntryLayout.FactsHeaderRow, unitColumn, EntryLayout.Unit));
        for (var p = 0; p < dataset.Periods.Count; p++)
        {
            cells.Add(Label(EntryLayout.FactsRoleRow, EntryColumn(p), dataset.Periods[p].Role));
            cells.Add(Header(EntryLayout.FactsHeaderRow, EntryColumn(p), dataset.Periods[p].Key));
            cells.Add(Header(EntryLayout.FactsHeaderRow, EntryColumn(p) + 1, EntryLayout.Sum));
            cells.Add(Header(EntryLayout.FactsHeaderRow, EntryColumn(p) + 2, EntryLayout.Check));
        }

        var facts = Facts();
        var rows = facts.Select((f, i) => (f.Id, Row: EntryLayout.FactsFirstRow + i)).ToDictionary(x => x.Id, x => x.Row, StringComparer.Ordinal);
        var units = facts.ToDictionary(f => f.Id, f => Unit.TryParse(f.Unit, out var u) ? u : null, StringComparer.Ordinal);
        for (var i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            var row = EntryLayout.FactsFirstRow + i;
            var labels = FactCatalogue.Labels(pack, fact.Id);
            cells.AddRange(languages.Select((l, c) => Label(row, c + 1, labels.GetValueOrDefault(l) ?? "")));
            cells.Add(Label(row, idColumn, fact.Id));
            cells.Add(Label(row, unitColumn, fact.Unit));
            var decimals = fact.Values.Select(v => (int)(v.Value?.Scale ?? 0)).DefaultIfEmpty(0).Max();
            var sum = SumOf(fact.Id, rows, units);
            for (var p = 0; p < dataset.Periods.Count; p++)
            {
                var key = dataset.Periods[p].Key;
                var column = EntryColumn(p);
                var entry = fact.Values.FirstOrDefault(v => v.Period == key);
                cells.Add(entry is null
                    ? new EntryCell(row, column, EntryCellKind.Input, EntryLayout.Nothing, Input: EntryInput.Figure, Decimals: decimals)
                    : new EntryCell(row, column, EntryCellKind.Input, Number: entry.Value, Input: EntryInput.Figure, Decimals: entry.Value?.Scale ?? decimals));
                if (sum is not null)
                {
                    cells.AddRange(SumAndCheck(row, column, sum, key, facts, rows, decimals));
                }
            }
        }

        var widths = languages.Select(l => l == "ja" ? 44.0 : 46.0).Concat([36.0, 15.0]).Concat(dataset.Periods.SelectMany(_ => new[] { 15.0, 15.0, 11.0 })).ToList();
        return new EntrySheet(EntryLayout.Facts, cells, widths, EntryLayout.FactsHeaderRow, unitColumn, Protected: true);
    }

    /// <summary>The entered total's live sum and check, in the period's column and the two beside it.</summary>
    private static IEnumerable<EntryCell> SumAndCheck(int row, int column, List<(string Fact, decimal Coefficient)> terms, string period, List<FactEntry> facts, Dictionary<string, int> rows, int decimals)
    {
        Formula? formula = null;
        var cached = 0m;
        foreach (var (fact, coefficient) in terms)
        {
            Formula part = new CellFormula(rows[fact], column);
            var size = Math.Abs(coefficient);
            part = size == 1m ? part : new BinaryFormula('*', part, new ConstantFormula(size));
            formula = formula is null
                ? coefficient < 0 ? new BinaryFormula('-', new ConstantFormula(0m), part) : part
                : new BinaryFormula(coefficient < 0 ? '-' : '+', formula, part);
            cached += coefficient * (facts[rows[fact] - EntryLayout.FactsFirstRow].Values.FirstOrDefault(v => v.Period == period)?.Value ?? 0m);
        }

        var total = facts[row - EntryLayout.FactsFirstRow].Values.FirstOrDefault(v => v.Period == period)?.Value;
        var self = new CellFormula(row, column);
        yield return new EntryCell(row, column + 1, EntryCellKind.Sum, Number: cached, Formula: formula, Decimals: decimals);
        yield return new EntryCell(
            row,
            column + 2,
            EntryCellKind.Check,
            Text: total is null ? "" : null,
            Number: total - cached,
            Formula: new BinaryFormula('-', self, new CellFormula(row, column + 1)),
            Decimals: decimals,
            OnlyWhereNumber: self);
    }

    /// <summary>
    /// For a fact that is a relation's total: its components as facts with coefficients in the total's unit, derived sums
    /// opened up into their facts. Null where the fact totals nothing, or a component is a quotient or not in the sheet.
    /// </summary>
    private List<(string Fact, decimal Coefficient)>? SumOf(string total, Dictionary<string, int> rows, Dictionary<string, Unit?> units)
    {
        if (pack.Relations.FirstOrDefault(r => r.Total == total) is not { } relation || units[total] is not { } totalUnit)
        {
            return null;
        }

        var terms = new List<(string, decimal)>();
        bool Open(string item, int sign)
        {
            if (rows.ContainsKey(item))
            {
                if (units[item] is not { } unit || unit.Dimension != totalUnit.Dimension)
                {
                    return false;
                }

                terms.Add((item, sign * unit.Factor / totalUnit.Factor));
                return true;
            }

            return pack.Derived.FirstOrDefault(d => d.Id == item) is DerivedSum derived && derived.Terms.All(t => Open(t.Item, sign * t.Sign));
        }

        return relation.Terms.All(t => Open(t.Item, t.Sign)) ? terms : null;
    }
}
