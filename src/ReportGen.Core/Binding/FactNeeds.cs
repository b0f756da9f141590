namespace ReportGen.Binding;

/// <summary>
/// The facts a pack needs, and for which period roles: what its tables print (each column's role, a change's base too),
/// then, until nothing more is added, what derived items, relations and ties need to make or check those figures.
/// </summary>
internal static class FactNeeds
{
    public static IReadOnlyList<FactNeed> Of(PackPlan pack)
    {
        var roles = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var users = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var changed = false;
        void Need(string item, IEnumerable<string> needed, string user)
        {
            if (!roles.TryGetValue(item, out var set))
            {
                roles[item] = set = new HashSet<string>(StringComparer.Ordinal);
                users[item] = [];
            }

            foreach (var role in needed)
            {
                changed |= set.Add(role);
            }

            if (!users[item].Contains(user))
            {
                users[item].Add(user);
            }
        }

        IEnumerable<string> Of(string item) => roles.TryGetValue(item, out var set) ? set.ToList() : [];

        foreach (var table in pack.PrintedTables)
        {
            var user = $"table '{table.Id}'";
            foreach (var row in table.Rows.OfType<ItemRow>())
            {
                var columns = table.Columns.Where(c => row.Shows.Contains(c.Kind)).ToList();
                Need(row.Item, columns.Select(c => c.Role).Concat(columns.OfType<ChangeColumn>().Select(c => c.BaseRole)), user);
                if (table.ShareOf is { } shareOf && row.Shows.Contains(ColumnKind.Share))
                {
                    Need(shareOf, columns.OfType<ShareColumn>().Select(c => c.Role), user);
                }
            }
        }

        do
        {
            changed = false;
            foreach (var derived in pack.Derived)
            {
                var parts = derived is DerivedQuotient q ? [q.Numerator, q.Denominator] : ((DerivedSum)derived).Terms.Select(t => t.Item);
                foreach (var part in parts)
                {
                    Need(part, Of(derived.Id), $"derived item '{derived.Id}'");
                }
            }

            foreach (var relation in pack.Relations)
            {
                var items = relation.Terms.Select(t => t.Item).Prepend(relation.Total).ToList();
                var needed = items.SelectMany(Of).Distinct(StringComparer.Ordinal).ToList();
                items.ForEach(item => Need(item, needed, $"relation '{relation.Id}'"));
            }

            foreach (var tie in pack.Ties)
            {
                var user = $"tie '{tie.Id}'";
                if (tie.SamePeriod)
                {
                    var needed = Of(tie.Left).Concat(Of(tie.Right.Item)).Distinct(StringComparer.Ordinal).ToList();
                    Need(tie.Left, needed, user);
                    Need(tie.Right.Item, needed, user);
                    continue;
                }

                var left = tie.LeftRole is { } l ? [l] : Of(tie.Left).ToList();
                Need(tie.Left, left, user);
                var right = tie.RightRole is { } r ? [r] : left;
                Need(tie.Right.Item, tie.RightChangeFromRole is { } from ? right.Append(from) : right, user);
            }
        }
        while (changed);

        var order = pack.Roles.Keys.ToList();
        var derivedIds = pack.Derived.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        return roles.Keys
            .Where(item => !derivedIds.Contains(item))
            .Select(item => new FactNeed(item, order.Where(roles[item].Contains).ToList(), users[item]))
            .ToList();
    }
}
