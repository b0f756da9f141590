using ReportGen.Diagnostics;
using ReportGen.Input;
using ReportGen.Input.Pack;

namespace ReportGen.Binding;

internal sealed partial class PackBinder
{
    private static readonly Dictionary<string, ColumnKind> ShowKinds = new(StringComparer.Ordinal)
    {
        ["value"] = ColumnKind.Value,
        ["convenience"] = ColumnKind.Convenience,
        ["share"] = ColumnKind.Share,
        ["change"] = ColumnKind.Change,
    };

    private Dictionary<string, TablePlan> BindTables(Dictionary<string, LocalizedTemplate> labels, Dictionary<string, FootnotePlan> footnotes)
    {
        var tables = new Dictionary<string, TablePlan>(StringComparer.Ordinal);
        foreach (var table in file.Tables)
        {
            var name = $"table '{table.Id}'";
            if (table.Id.Length == 0)
            {
                bag.Add(Messages.PackInvalid(table.Location, "a table needs an id"));
                continue;
            }

            Scale? amounts = null;
            if (table.Amounts != "native")
            {
                if (ScaleNames.TryParse(table.Amounts, out var scale))
                {
                    amounts = scale;
                }
                else
                {
                    bag.Add(Messages.PackInvalid(table.Location, $"{name}: amounts '{table.Amounts}' is not one of units, thousands, millions, billions, native"));
                }
            }

            if (table.Decimals is < 0 or > 6)
            {
                bag.Add(Messages.PackInvalid(table.Location, $"{name}: decimals {table.Decimals} is not between 0 and 6"));
            }

            if (table.Rows.Count > Limits.TableRows || table.Columns.Count > Limits.TableColumns)
            {
                bag.Add(Messages.PackInvalid(table.Location, $"{name} has {table.Rows.Count} rows and {table.Columns.Count} columns; a table has at most {Limits.TableRows} rows and {Limits.TableColumns} columns"));
                continue;
            }

            var columns = table.Columns.Select(c => BindColumn(table, c, amounts)).OfType<ColumnPlan>().ToList();
            var rows = table.Rows.Select(r => BindRow(table, r, labels, footnotes)).OfType<RowPlan>().ToList();
            foreach (var note in table.Notes.Where(n => !footnotes.ContainsKey(n)))
            {
                bag.Add(Messages.PackReference(table.Location, $"{name}: note '{note}' is not in footnotes.yaml"));
            }

            if (table.ShareOf is null && columns.Any(c => c is ShareColumn))
            {
                bag.Add(Messages.PackInvalid(table.Location, $"{name}: a share column needs the table's 'shareOf' (the item shares are a percentage of)"));
            }

            var plan = new TablePlan(
                table.Id,
                new Dictionary<string, string>(table.Sheet, StringComparer.Ordinal),
                Localized(table.Title, name, Limits.TitleLength),
                table.Subtitle.Select(s => Localized(s, name, Limits.TitleLength)).ToList(),
                amounts,
                table.Decimals,
                table.Absent,
                table.ShareOf,
                table.GroupByPeriod,
                table.PercentSign,
                table.Statement,
                table.Caption is null ? null : Localized(table.Caption, name),
                table.Tag is null ? null : Localized(table.Tag, name),
                columns,
                rows,
                table.Notes,
                table.Location);
            if (!tables.TryAdd(table.Id, plan))
            {
                bag.Add(Messages.PackInvalid(table.Location, $"table id '{table.Id}' is used by another table file too"));
            }
        }

        return tables;
    }

    private ColumnPlan? BindColumn(TableDef table, ColumnDef column, Scale? amounts)
    {
        var name = $"table '{table.Id}'";
        var set = new[] { column.Value, column.Convenience, column.Share, column.Change }.Count(v => v is not null);
        if (set != 1)
        {
            bag.Add(Messages.PackInvalid(column.Location, $"{name}: a column needs exactly one of value, convenience, share, change (naming a period role)"));
            return null;
        }

        if (column.To is not null && column.Change is null)
        {
            bag.Add(Messages.PackInvalid(column.Location, $"{name}: 'to' belongs to a change column only"));
        }

        var header = column.Header is null ? null : Localized(column.Header, name, Limits.LabelLength);
        var group = column.Group is null ? null : Localized(column.Group, name, Limits.LabelLength);
        if (column.Width is { } width && (double.IsNaN(width) || width < 1 || width > 100))
        {
            bag.Add(Messages.PackInvalid(column.Location, $"{name}: width {width} is not between 1 and 100 characters"));
        }

        if (column.Convenience is not null && amounts is null)
        {
            bag.Add(Messages.PackInvalid(column.Location, $"{name}: a convenience column translates amounts at a scale: the table's 'amounts' cannot be native"));
        }

        var role = column.Value ?? column.Convenience ?? column.Share ?? column.Change!;
        if (!KnownRole(role, column.Location, name) || (column.To is not null && !KnownRole(column.To, column.Location, name)))
        {
            return null;
        }

        return column switch
        {
            { Value: { } r } => new AmountColumn(r, header, group, column.Width, column.Location),
            { Convenience: { } r } => new ConvenienceColumn(r, header, group, column.Width, column.Location),
            { Share: { } r } => new ShareColumn(r, header, group, column.Width, column.Location),
            _ => new ChangeColumn(column.To ?? ReleasePlan.CurrentRole, column.Change!, header, group, column.Width, column.Location),
        };
    }

    private RowPlan? BindRow(TableDef table, RowDef row, Dictionary<string, LocalizedTemplate> labels, Dictionary<string, FootnotePlan> footnotes)
    {
        var name = $"table '{table.Id}'";
        var kinds = (row.Item is not null ? 1 : 0) + (row.Header is not null ? 1 : 0) + (row.Spacer ? 1 : 0);
        if (kinds != 1)
        {
            bag.Add(Messages.PackInvalid(row.Location, $"{name}: a row is exactly one of an item, a header or a spacer"));
            return null;
        }

        if (row.Only is not null && languages.All(l => l.Tag != row.Only))
        {
            bag.Add(Messages.PackInvalid(row.Location, $"{name}: only '{row.Only}' is not one of the pack's languages"));
        }

        if (row.Spacer)
        {
            return new SpacerRow(row.Only, row.Location);
        }

        var labelKey = row.Label ?? row.Header ?? row.Item!;
        if (!labels.ContainsKey(labelKey))
        {
            bag.Add(Messages.PackReference(row.Location, $"{name}: no label '{labelKey}' in labels.yaml"));
        }

        var emphasis = row.Style switch
        {
            null => RowEmphasis.Normal,
            "subtotal" => RowEmphasis.Subtotal,
            "total" => RowEmphasis.Total,
            _ => Invalid($"{name}: style '{row.Style}' is not one of subtotal, total"),
        };
        if (row.Indent is < 0 or > 12)
        {
            bag.Add(Messages.PackInvalid(row.Location, $"{name}: indent {row.Indent} is not between 0 and 12"));
        }

        if (row.Decimals is < 0 or > 6)
        {
            bag.Add(Messages.PackInvalid(row.Location, $"{name}: decimals {row.Decimals} is not between 0 and 6"));
        }

        var marks = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (language, ids) in row.Footnotes ?? [])
        {
            if (languages.All(l => l.Tag != language))
            {
                bag.Add(Messages.PackInvalid(row.Footnotes!.Location ?? row.Location, $"{name}: footnotes in '{language}', which is not one of the pack's languages"));
            }

            foreach (var id in ids.Where(f => !footnotes.ContainsKey(f)))
            {
                bag.Add(Messages.PackReference(row.Location, $"{name}: footnote '{id}' is not in footnotes.yaml"));
            }

            marks[language] = ids;
        }

        if (row.Lead is not null && !labels.ContainsKey(row.Lead))
        {
            bag.Add(Messages.PackReference(row.Location, $"{name}: no label '{row.Lead}' (lead) in labels.yaml"));
        }

        if (row.Header is not null)
        {
            return new HeaderRow(labelKey, row.Indent, emphasis, row.Only, marks, row.Location) { Lead = row.Lead };
        }

        var shows = new HashSet<ColumnKind>();
        foreach (var kind in row.Show.DefaultIfEmpty())
        {
            if (kind is null)
            {
                shows.UnionWith(ShowKinds.Values);
            }
            else if (ShowKinds.TryGetValue(kind, out var parsed))
            {
                shows.Add(parsed);
            }
            else
            {
                bag.Add(Messages.PackInvalid(row.Location, $"{name}: show '{kind}' is not one of {string.Join(", ", ShowKinds.Keys)}"));
            }
        }

        return new ItemRow(row.Item!, labelKey, row.Indent, emphasis, row.Only, marks, shows, row.Native, row.Decimals, row.PercentSign, row.Location) { Lead = row.Lead };

        RowEmphasis Invalid(string message)
        {
            bag.Add(Messages.PackInvalid(row.Location, message));
            return RowEmphasis.Normal;
        }
    }
}
