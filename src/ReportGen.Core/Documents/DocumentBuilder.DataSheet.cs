using ReportGen.Binding;

namespace ReportGen.Documents;

internal sealed partial class DocumentBuilder
{
    private DataSheet BuildDataSheet(DocumentPlan definition, TextScope text)
    {
        var language = text.Language.Tag;
        var periods = Plan.Periods;
        var rows = new List<DataRow>();
        foreach (var item in Plan.Facts.Select(f => f.Id).Concat(Pack.Derived.Select(d => d.Id)))
        {
            var unit = Values.UnitOf(item);
            var definitionOf = Values.DerivedDefinition(item);
            var values = periods.Select(p => Values.GetInOwnUnit(item, p.Key)).ToList();
            var formulas = periods.Select(p => definitionOf is null || Values.Get(item, p.Key) is null ? null : DerivedFormula(definitionOf, unit, p.Key)).ToList();
            var label = Pack.Labels.TryGetValue(item, out var l) && l.For(language) is { } t ? text.Render(t) : item;
            rows.Add(new DataRow(item, label, unit.Name, values, formulas));
        }

        var rate = Plan.Convenience;
        var rateLabel = rate is not null && Pack.Wording.ConvenienceRate?.For(language) is { } caption ? text.Render(caption) : "";
        var captions = new[] { Pack.Wording.DataId, Pack.Wording.DataLabel, Pack.Wording.DataUnit }.Select(text.Render).ToList();
        return new DataSheet(definition.DataSheet, captions, periods.Select(text.PeriodShort).ToList(), periods.Select(p => p.Key).ToList(), rateLabel, rate?.Rate, rows);
    }

    private Formula DerivedFormula(DerivedItem definition, Unit unit, string period)
    {
        if (definition is DerivedQuotient q)
        {
            if (q.Percent)
            {
                var ratio = new BinaryFormula('/', new DataFormula(q.Numerator, period), Scale(new DataFormula(q.Denominator, period), Values.UnitOf(q.Denominator).Factor / Values.UnitOf(q.Numerator).Factor));
                return new BinaryFormula('*', ratio, new ConstantFormula(100m));
            }

            var numerator = Scale(new DataFormula(q.Numerator, period), Values.UnitOf(q.Numerator).Factor / unit.Factor);
            var denominator = Scale(new DataFormula(q.Denominator, period), Values.UnitOf(q.Denominator).Factor);
            return new BinaryFormula('/', numerator, denominator);
        }

        Formula? sum = null;
        foreach (var term in ((DerivedSum)definition).Terms)
        {
            var part = Scale(new DataFormula(term.Item, period), Values.UnitOf(term.Item).Factor / unit.Factor);
            sum = sum is null
                ? term.Sign < 0 ? new BinaryFormula('-', new ConstantFormula(0m), part) : part
                : new BinaryFormula(term.Sign < 0 ? '-' : '+', sum, part);
        }

        return sum!;
    }
}
