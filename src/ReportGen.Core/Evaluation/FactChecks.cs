using ReportGen.Binding;
using ReportGen.Diagnostics;

namespace ReportGen.Evaluation;

/// <summary>
/// Checks that every relation and tie of the pack holds exactly on the dataset's facts, in the dataset's own units, on
/// every period that has the figures. Derived items hold by construction and are not checked.
/// </summary>
internal static class FactChecks
{
    public static IReadOnlyList<CheckResult> Run(ItemValues values)
    {
        var plan = values.Plan;
        var results = new List<CheckResult>();
        foreach (var relation in plan.Pack.Relations)
        {
            var unit = values.UnitOf(relation.Total);
            foreach (var period in plan.Periods)
            {
                if (values.Get(relation.Total, period.Key) is not { } total)
                {
                    continue;
                }

                var sum = relation.Terms.Sum(t => t.Sign * (values.Get(t.Item, period.Key) ?? 0m));
                results.Add(new CheckResult(
                    CheckKind.Relation,
                    relation.Id,
                    period.Key,
                    relation.Total,
                    total / unit.Factor,
                    string.Join(" ", relation.Terms),
                    sum / unit.Factor,
                    unit.Name,
                    relation.Location));
            }
        }

        foreach (var tie in plan.Pack.Ties)
        {
            var right = tie.Right;
            var unit = values.UnitOf(tie.Left);
            foreach (var period in plan.Periods)
            {
                if (tie.LeftRole is { } role && plan.Period(role) != period)
                {
                    continue;
                }

                var rightPeriod = tie.RightRole is { } rr ? plan.Period(rr).Key : period.Key;
                var leftValue = values.Get(tie.Left, period.Key);
                var rightValue = values.Get(right.Item, rightPeriod);
                var rightText = $"{right}@{rightPeriod}";
                if (tie.RightChangeFromRole is { } from)
                {
                    var fromKey = plan.Period(from).Key;
                    var opening = values.Get(right.Item, fromKey);
                    rightValue = rightValue is null || opening is null ? null : rightValue - opening;
                    rightText = $"{right}@{rightPeriod} - {right}@{fromKey}";
                    if (rightValue is null)
                    {
                        continue;
                    }
                }

                if (leftValue is null && rightValue is null)
                {
                    continue;
                }

                var label = rightPeriod == period.Key ? period.Key : $"{period.Key} / {rightPeriod}";
                results.Add(new CheckResult(
                    CheckKind.Tie,
                    tie.Id,
                    label,
                    $"{tie.Left}@{period.Key}",
                    (leftValue ?? 0m) / unit.Factor,
                    rightText,
                    right.Sign * (rightValue ?? 0m) / unit.Factor,
                    unit.Name,
                    tie.Location));
            }
        }

        return results;
    }

    /// <summary>The failed checks as errors that name the check, the period, both sides and the difference.</summary>
    public static IEnumerable<Diagnostic> Failures(IEnumerable<CheckResult> results) =>
        results.Where(r => !r.Passed).Select(r => r.Kind == CheckKind.Relation
            ? Messages.RelationFails(r.Location, r.Id, r.Period, r.LeftValue, r.RightValue, r.Unit)
            : Messages.TieFails(r.Location, r.Id, r.Left, r.Right, r.LeftValue, r.RightValue, r.Unit));
}
