using ReportGen.Binding;

namespace ReportGen.Evaluation;

/// <summary>
/// Forced footing of one rounded column, the preparers' practice made a rule.
/// </summary>
/// <remarks>
/// <para>Top down: a relation whose total is not a component of any relation still to foot is a root; its total is rounded
/// half-up (or pinned). A relation is footed once its total is fixed: its free components are rounded half-up and, while
/// they miss the total, the free component that lost the most to rounding in the needed direction (largest remainder)
/// moves by one step, and none moves twice: rounding alone never takes a figure further. A component that moved is then fixed, so its own
/// components foot to the moved figure. Among roots and among ready relations, the pack's order decides.</para>
/// <para>Exact figures (nothing lost to rounding) never move. Ties between remainders go to the larger magnitude, then to
/// the earlier component. A root whose components were all fixed elsewhere takes their sum (a derived subtotal such as
/// adjusted EBITDA); a reported total never does. A relation whose fixed total still cannot be met is a <see cref="FootingFailure"/>.</para>
/// </remarks>
internal static class Footing
{
    public static FootingResult Foot(FootingProblem problem)
    {
        var printed = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (node, value) in problem.Pinned)
        {
            printed[node] = value;
        }

        var adjustments = new List<FootingAdjustment>();
        var failures = new List<FootingFailure>();
        var pending = problem.Relations.Where(r => problem.Exact.ContainsKey(r.Total)).ToList();

        while (pending.Count > 0)
        {
            var relation = pending.FirstOrDefault(r => printed.ContainsKey(r.Total));
            var rootFixedHere = false;
            if (relation is null)
            {
                relation = pending.FirstOrDefault(r => !pending.Any(o => o.Components.Any(c => c.Item == r.Total))) ?? pending[0];
                printed[relation.Total] = Rounding.HalfUp(problem.Exact[relation.Total]);
                rootFixedHere = relation.Derived && !problem.Pinned.ContainsKey(relation.Total);
            }

            pending.Remove(relation);
            FootOne(problem, relation, printed, adjustments, failures, rootFixedHere);
        }

        foreach (var (node, value) in problem.Exact)
        {
            printed.TryAdd(node, Rounding.HalfUp(value));
        }

        return new FootingResult(printed, adjustments, failures);
    }

    private static void FootOne(
        FootingProblem problem,
        FootingRelation relation,
        Dictionary<string, decimal> printed,
        List<FootingAdjustment> adjustments,
        List<FootingFailure> failures,
        bool totalMayAbsorb)
    {
        var free = new List<SignedTerm>();
        foreach (var term in relation.Components)
        {
            if (!problem.Exact.TryGetValue(term.Item, out var exact) || printed.ContainsKey(term.Item))
            {
                continue;
            }

            printed[term.Item] = Rounding.HalfUp(exact);
            if (free.All(f => f.Item != term.Item))
            {
                free.Add(term);
            }
        }

        decimal Residual() => printed[relation.Total] - relation.Components.Sum(c => c.Sign * printed.GetValueOrDefault(c.Item));

        var residual = Residual();
        if (residual == 0)
        {
            return;
        }

        var candidates = free.Where(t => Rounding.HalfUp(problem.Exact[t.Item]) != problem.Exact[t.Item]).ToList();
        var moved = new Dictionary<string, int>(StringComparer.Ordinal);
        while (residual != 0 && candidates.Any(c => !moved.ContainsKey(c.Item)))
        {
            var direction = Math.Sign(residual);
            var best = candidates
                .Where(term => !moved.ContainsKey(term.Item))
                .Select((term, index) => (term, index, loss: Loss(problem.Exact[term.Item], printed[term.Item], term.Sign * direction)))
                .OrderByDescending(c => c.loss)
                .ThenByDescending(c => Math.Abs(problem.Exact[c.term.Item]))
                .ThenBy(c => c.index)
                .First();
            var step = best.term.Sign * direction;
            var before = printed[best.term.Item];
            printed[best.term.Item] = before + step;
            moved[best.term.Item] = moved.GetValueOrDefault(best.term.Item) + 1;
            residual = Residual();
        }

        foreach (var term in moved.Keys)
        {
            adjustments.Add(new FootingAdjustment(term, relation.Id, Rounding.HalfUp(problem.Exact[term]), printed[term]));
        }

        if (residual != 0)
        {
            if (totalMayAbsorb)
            {
                var before = printed[relation.Total];
                printed[relation.Total] = before - residual;
                adjustments.Add(new FootingAdjustment(relation.Total, relation.Id, before, printed[relation.Total]));
            }
            else
            {
                failures.Add(new FootingFailure(relation.Id, residual));
            }
        }
    }

    /// <summary>How far rounding took <paramref name="exact"/> away from the direction it must move in (positive: it lost that much).</summary>
    private static decimal Loss(decimal exact, decimal current, int direction) => (exact - current) * direction;
}
