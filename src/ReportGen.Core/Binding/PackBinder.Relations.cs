using ReportGen.Diagnostics;

namespace ReportGen.Binding;

internal sealed partial class PackBinder
{
    private (List<DerivedItem>, List<Relation>, List<Tie>) BindRelations()
    {
        var definitions = file.Relations;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var derived = new List<DerivedItem>();
        foreach (var d in definitions.Derived)
        {
            if (!ids.Add(d.Id))
            {
                bag.Add(Messages.PackInvalid(d.Location, $"derived item '{d.Id}' is defined twice"));
            }

            if (d.Id.Length > 100 || !ItemId().IsMatch(d.Id))
            {
                bag.Add(Messages.PackInvalid(d.Location, $"derived item '{d.Id}' is not an item id (lower-case words joined by '.' and '_', as facts are named: is.eps_basic), at most 100 characters"));
                continue;
            }

            if ((d.Sum.Count > 0) == (d.Quotient is not null))
            {
                bag.Add(Messages.PackInvalid(d.Location, $"derived item '{d.Id}' needs exactly one of 'sum' or 'quotient'"));
                continue;
            }

            derived.Add(d.Quotient is { } q
                ? new DerivedQuotient(d.Id, q.Numerator, q.Denominator, d.Location, q.Percent)
                : new DerivedSum(d.Id, Terms(d.Sum, d.Location, $"derived item '{d.Id}'"), d.Location));
        }

        var relations = new List<Relation>();
        foreach (var r in definitions.Relations)
        {
            if (!ids.Add(r.Id))
            {
                bag.Add(Messages.PackInvalid(r.Location, $"relation id '{r.Id}' is used twice"));
            }

            if (r.Sum.Count == 0 || r.Total.Length == 0)
            {
                bag.Add(Messages.PackInvalid(r.Location, $"relation '{r.Id}' needs a 'total' and a 'sum' of components"));
                continue;
            }

            relations.Add(new Relation(r.Id, r.Total, Terms(r.Sum, r.Location, $"relation '{r.Id}'"), r.Location));
        }

        var ties = new List<Tie>();
        foreach (var t in definitions.Ties)
        {
            if (!ids.Add(t.Id))
            {
                bag.Add(Messages.PackInvalid(t.Location, $"tie id '{t.Id}' is used twice"));
            }

            var known = new[] { t.LeftPeriod, t.RightPeriod, t.RightChangeFrom }.Where(r => r is not null).All(r => KnownRole(r, t.Location, $"tie '{t.Id}'"));
            var right = Terms([t.Right], t.Location, $"tie '{t.Id}'");
            if (known && right.Count == 1 && t.Left.Length > 0)
            {
                ties.Add(new Tie(t.Id, t.Left, right[0], t.LeftPeriod, t.RightPeriod, t.RightChangeFrom, t.Location));
            }
            else if (t.Left.Length == 0)
            {
                bag.Add(Messages.PackInvalid(t.Location, $"tie '{t.Id}' needs a 'left' and a 'right' item"));
            }
        }

        return (derived, relations, ties);
    }

    private List<SignedTerm> Terms(IEnumerable<string> texts, SourceLocation? at, string what)
    {
        var terms = new List<SignedTerm>();
        foreach (var text in texts)
        {
            var term = SignedTerm.Parse(text ?? "");
            if (term.Item.Length == 0)
            {
                bag.Add(Messages.PackInvalid(at, $"{what}: '{text}' names no item"));
                continue;
            }

            terms.Add(term);
        }

        return terms;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*\z")]
    private static partial System.Text.RegularExpressions.Regex ItemId();
}
