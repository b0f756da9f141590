using ReportGen.Input;
using ReportGen.Binding;
using ReportGen.Documents;
using ReportGen.TieOut;

namespace ReportGen.Tests;

/// <summary>
/// The sample release against the reference: every printed figure of every English table and statement, the Japanese
/// tables' figures, and the labels, as a reader of the reference sees them.
/// </summary>
public sealed class ReferenceReproductionTests(SampleRelease sample) : IClassFixture<SampleRelease>
{
    [Fact]
    public void The_published_figures_file_is_a_faithful_transcription_of_the_reference()
    {
        var lines = ReferenceText.EnglishLines.ToList();
        foreach (var row in PublishedFigures.Load(Repo.SamplePublished))
        {
            var printed = string.Join(" ", row.Figures);
            Assert.True(lines.Any(l => l.Contains(printed, StringComparison.Ordinal)), $"{row.Table} {row.Item}: '{printed}' is not a run of figures in the reference");
        }
    }

    [Fact]
    public void Every_english_figure_matches_the_reference_except_the_corrected_sign()
    {
        var published = PublishedFigures.Load(Repo.SamplePublished);
        Assert.Equal(144, published.Count);
        Assert.Equal(785, published.Sum(r => r.Figures.Count));

        // Compare what ReportGen prints (pins applied) with what the release printed.
        var differences = DifferenceFinder.Compare(published, sample.English, sample.English);

        var only = Assert.Single(differences);
        Assert.Equal(("t08_other", "kpi.adjusted_ebitda", "81.0%", "(81.0%)"), (only.Table, only.Item, only.Published, only.Printed));
        Assert.Equal(DifferenceClass.Sign, only.Class);
    }

    [Fact]
    public void The_rule_alone_reproduces_every_current_quarter_figure_adjustments_included()
    {
        var published = PublishedFigures.Load(Repo.SamplePublished);
        var differences = DifferenceFinder.Compare(published, sample.English, sample.Release.UnpinnedDocuments.Single(d => d.Language == "en"));

        // Current-quarter amounts, USD and shares: the footing rule gives the release's figures, hand adjustments included.
        static bool IsChange(string column) => column.Contains("change", StringComparison.OrdinalIgnoreCase) || column.Contains("Chg", StringComparison.Ordinal);
        Assert.Empty(differences.Where(d => d.Period == "2Q03" && !IsChange(d.Column)).Select(d => $"{d.Table} {d.Item} {d.Column}"));

        // What the rule alone does not reproduce is each classified; nothing is unexplained.
        Assert.DoesNotContain(differences, d => d.Class == DifferenceClass.Unexplained);
        Assert.Contains(differences, d => d.Class == DifferenceClass.Sign && d.Table == "t08_other");
    }

    [Fact]
    public void The_reference_s_hand_adjustments_in_the_current_quarter_are_reproduced_by_footing()
    {
        string Cell(string table, string item, Func<ColumnModel, bool> column)
        {
            var t = sample.English.Tables.Single(x => x.Id == table);
            var row = t.Rows.First(r => r.Item == item);
            var index = t.Columns.ToList().FindIndex(c => column(c));
            return row.Cells[index]!.Display;
        }

        bool Usd(ColumnModel c) => c.Kind == ColumnKind.Convenience;
        bool CurrentValue(ColumnModel c) => c.Kind == ColumnKind.Value && c.Period == "2Q03";
        bool CurrentShare(ColumnModel c) => c.Kind == ColumnKind.Share && c.Period == "2Q03";

        // Each of these is one unit off its plain half-up rounding, in the release and in ReportGen.
        Assert.Equal("2,275", Cell("t06_costs", "so.cost_systems_integration", CurrentValue));      // 2,275.704
        Assert.Equal("1,677", Cell("s1_operations", "so.minority_interests", Usd));                // 1,677.57
        Assert.Equal("4,327", Cell("s1_operations", "so.general_administrative", Usd));            // 4,327.54
        Assert.Equal("27.7", Cell("s1_operations", "so.systems_integration", CurrentShare));       // 27.755
        Assert.Equal("5.9", Cell("s1_operations", "so.other_connectivity", CurrentShare));         // 5.840
        Assert.Equal("6,539", Cell("s2_balance_sheet", "bs.other_assets", Usd));                   // 6,538.45
        Assert.Equal("5,871", Cell("s2_balance_sheet", "bs.prepaid_expenses", Usd));               // 5,871.57
        Assert.Equal("17,558", Cell("s2_balance_sheet", "bs.total_equity", Usd));                  // 17,558.66
        Assert.Equal("30", Cell("s3_cash_flows", "cf.fx_losses", Usd));                            // 29.45
        Assert.Equal("(1,677)", Cell("s3_cash_flows", "cf.minority_interests", Usd));              // ties to the statement of operations
        Assert.Equal("80,445", Cell("s3_cash_flows", "cf.net_change_in_cash", Usd));               // 80,444.48: moved up so that opening cash + change = closing cash
    }

    [Fact]
    public void The_japanese_tables_print_the_same_figures_as_the_english_ones()
    {
        foreach (var ja in sample.Japanese.Tables)
        {
            var en = sample.English.Tables.Single(t => t.Id == ja.Id);
            foreach (var row in ja.Rows.Where(r => r.Kind == RowKind.Item))
            {
                var enRow = en.Rows.First(r => r.Item == row.Item);
                Assert.Equal(enRow.Cells.Select(c => c?.Display), row.Cells.Select(c => c?.Display));
            }
        }

        Assert.Equal(11, sample.Japanese.Tables.Count());
        Assert.Equal(13, sample.English.Tables.Count());
    }

    [Fact]
    public void Every_japanese_label_is_printed_as_the_reference_prints_it()
    {
        var labels = sample.Japanese.Tables.SelectMany(t => t.Rows).Where(r => r.Label.Length > 0).Select(r => r.Label).Distinct();
        var missing = labels.Where(l => !ReferenceText.Japanese.Contains(ReferenceText.Squeeze(l), StringComparison.Ordinal)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_english_label_is_printed_as_the_reference_prints_it()
    {
        // Two headings the reference's text extraction splits around other lines.
        string[] split = ["LIABILITIES AND SHAREHOLDERS' EQUITY(CAPITAL DEFICIENCY)", "Depreciation and amortization, excluding amortization of issuance cost of convertible notes"];
        var labels = sample.English.Tables.SelectMany(t => t.Rows).Where(r => r.Label.Length > 0).Select(r => ReferenceText.Fold(r.Label)).Distinct();

        var missing = labels.Except(split).Where(l => !ReferenceText.English.Contains(l, StringComparison.Ordinal)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Footnote_markers_follow_each_language_s_numbering()
    {
        static string Marks(ReleaseDocument doc, string table, string item) =>
            string.Join(",", doc.Tables.Single(t => t.Id == table).Rows.First(r => r.Item == item).Marks);

        Assert.Equal("4", Marks(sample.English, "t02_dedicated", "kpi.other_dedicated_revenue"));
        Assert.Equal("", Marks(sample.Japanese, "t02_dedicated", "kpi.other_dedicated_revenue"));
        Assert.Equal("2", Marks(sample.Japanese, "t03_contracts", "kpi.contracts.other_dedicated"));
        Assert.Equal("7", Marks(sample.English, "t08_other", "cf.depreciation_amortization"));
        Assert.Equal("3", Marks(sample.Japanese, "t08_other", "cf.depreciation_amortization"));
        Assert.Equal("(2)", Marks(sample.English, "s2_balance_sheet", "bs.common_stock"));

        var note = sample.Japanese.Tables.Single(t => t.Id == "s1_operations").Notes.Single();
        Assert.Equal("注記(1): 2003年9月期につきましては、米ドル換算レート111.43円=1米ドル(2003/9/30)にて参考表示しております。", $"{note.Mark} {note.Text}");
    }
}
