using ReportGen.Dataset;
using ReportGen.Diagnostics;

namespace ReportGen.Templates;

/// <summary>Checks a pack's own consistency: every reference resolves, every column and row says one thing. Facts are checked at binding.</summary>
public static class PackValidator
{
    private static readonly string[] Roles = ["current", "yearAgo", "previous"];
    private static readonly string[] Kinds = ["value", "usd", "share", "change"];
    private static readonly string[] Styles = ["subtotal", "total"];

    public static void Validate(TemplatePack pack)
    {
        var bag = new DiagnosticBag();
        foreach (var (language, document) in pack.Manifest.Documents)
        {
            if (language is not ("ja" or "en"))
            {
                bag.Add(Messages.PackInvalid(document.Location, $"document language '{language}' is not one of ja, en"));
            }

            foreach (var id in document.Tables.Where(id => !pack.Tables.ContainsKey(id)))
            {
                bag.Add(Messages.PackReference(document.Location, $"document '{language}' lists table '{id}', and no file under tables/ has that id"));
            }

            if (language is "ja" or "en")
            {
                ValidateLanguage(pack, LanguageExtensions.Parse(language), document, bag);
            }
        }

        foreach (var table in pack.Tables.Values)
        {
            ValidateTable(pack, table, bag);
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var derived in pack.Relations.Derived)
        {
            if (!ids.Add(derived.Id))
            {
                bag.Add(Messages.PackInvalid(derived.Location, $"derived item '{derived.Id}' is defined twice"));
            }

            if ((derived.Sum.Count > 0) == (derived.Quotient is not null))
            {
                bag.Add(Messages.PackInvalid(derived.Location, $"derived item '{derived.Id}' needs exactly one of 'sum' or 'quotient'"));
            }
        }

        foreach (var relation in pack.Relations.Relations)
        {
            if (!ids.Add(relation.Id))
            {
                bag.Add(Messages.PackInvalid(relation.Location, $"relation id '{relation.Id}' is used twice"));
            }

            if (relation.Sum.Count == 0 || relation.Total.Length == 0)
            {
                bag.Add(Messages.PackInvalid(relation.Location, $"relation '{relation.Id}' needs a 'total' and a 'sum' of components"));
            }
        }

        foreach (var tie in pack.Relations.Ties)
        {
            if (!ids.Add(tie.Id))
            {
                bag.Add(Messages.PackInvalid(tie.Location, $"tie id '{tie.Id}' is used twice"));
            }

            foreach (var role in new[] { tie.LeftPeriod, tie.RightPeriod, tie.RightChangeFrom }.Where(r => r is not null && !Roles.Contains(r)))
            {
                bag.Add(Messages.PackInvalid(tie.Location, $"tie '{tie.Id}': period role '{role}' is not one of {string.Join(", ", Roles)}"));
            }
        }

        bag.ThrowIfErrors();
    }

    /// <summary>What one language's document needs: a text for every label it prints, and sheet names Excel accepts.</summary>
    private static void ValidateLanguage(TemplatePack pack, Language language, DocumentDef document, DiagnosticBag bag)
    {
        var name = language == Language.Ja ? "Japanese" : "English";
        var sheets = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { document.DataSheet };
        foreach (var table in document.Tables.Where(pack.Tables.ContainsKey).Select(id => pack.Tables[id]))
        {
            var sheet = table.Sheet[language] ?? table.Id;
            if (sheet.Length is 0 or > 31 || sheet.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) >= 0)
            {
                bag.Add(Messages.PackInvalid(table.Location, $"table '{table.Id}': the {name} sheet name '{sheet}' is not one Excel accepts (1 to 31 characters, none of [ ] : * ? / \\)"));
            }
            else if (!sheets.Add(sheet))
            {
                bag.Add(Messages.PackInvalid(table.Location, $"table '{table.Id}': the {name} sheet name '{sheet}' is used twice in the workbook"));
            }

            foreach (var row in table.Rows.Where(r => r.Only is null || r.Only == language.Tag()))
            {
                var key = row.Label ?? row.Header ?? row.Item;
                if (key is not null && pack.Labels.TryGetValue(key, out var label) && string.IsNullOrWhiteSpace(label[language]))
                {
                    bag.Add(Messages.PackReference(label.Location ?? row.Location, $"label '{key}' has no {name} text, and table '{table.Id}' prints it in the {name} document"));
                }
            }
        }
    }

    private static void ValidateTable(TemplatePack pack, TableDef table, DiagnosticBag bag)
    {
        var name = $"table '{table.Id}'";
        if (table.Amounts != "native" && !UnitExtensions.TryParse(table.Amounts, out _))
        {
            bag.Add(Messages.PackInvalid(table.Location, $"{name}: amounts '{table.Amounts}' is not JPY_thousands, JPY_millions or native"));
        }

        foreach (var column in table.Columns)
        {
            var set = new[] { column.Value, column.Usd, column.Share, column.Change }.Where(v => v is not null).ToList();
            if (set.Count != 1)
            {
                bag.Add(Messages.PackInvalid(column.Location, $"{name}: a column needs exactly one of value, usd, share, change (naming a period role)"));
            }
            else if (!Roles.Contains(set[0]))
            {
                bag.Add(Messages.PackInvalid(column.Location, $"{name}: '{set[0]}' is not a period role ({string.Join(", ", Roles)})"));
            }

            if (column.Share is not null && table.ShareOf is null)
            {
                bag.Add(Messages.PackInvalid(column.Location, $"{name}: a share column needs the table's 'shareOf' item"));
            }
        }

        foreach (var row in table.Rows)
        {
            var kinds = (row.Item is null ? 0 : 1) + (row.Header is null ? 0 : 1) + (row.Spacer ? 1 : 0);
            if (kinds != 1)
            {
                bag.Add(Messages.PackInvalid(row.Location, $"{name}: a row is exactly one of item, header or spacer"));
                continue;
            }

            var labelKey = row.Label ?? row.Header ?? row.Item;
            if (labelKey is not null && !pack.Labels.ContainsKey(labelKey))
            {
                bag.Add(Messages.PackReference(row.Location, $"{name}: no label '{labelKey}' in labels.yaml"));
            }

            if (row.Style is not null && !Styles.Contains(row.Style))
            {
                bag.Add(Messages.PackInvalid(row.Location, $"{name}: style '{row.Style}' is not one of {string.Join(", ", Styles)}"));
            }

            foreach (var kind in row.Show.Where(k => !Kinds.Contains(k)))
            {
                bag.Add(Messages.PackInvalid(row.Location, $"{name}: show '{kind}' is not one of {string.Join(", ", Kinds)}"));
            }

            foreach (var footnote in (row.Footnotes?.Ja ?? []).Concat(row.Footnotes?.En ?? []).Where(f => !pack.Footnotes.ContainsKey(f)))
            {
                bag.Add(Messages.PackReference(row.Location, $"{name}: footnote '{footnote}' is not in footnotes.yaml"));
            }
        }

        foreach (var note in table.Notes.Where(n => !pack.Footnotes.ContainsKey(n)))
        {
            bag.Add(Messages.PackReference(table.Location, $"{name}: note '{note}' is not in footnotes.yaml"));
        }
    }

}
