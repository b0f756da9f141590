using ReportGen.Binding;
using ReportGen.Evaluation;

namespace ReportGen.Tests;

/// <summary>The forced-footing rule on small hand-made columns, where the right answer can be worked out by hand.</summary>
public sealed class FootingTests
{
    private static FootingResult Foot(Dictionary<string, decimal> exact, IEnumerable<FootingRelation> relations, Dictionary<string, decimal>? pinned = null) =>
        Footing.Foot(new FootingProblem(exact, relations.ToList(), pinned ?? []));

    private static FootingRelation Sum(string id, string total, params string[] components) =>
        new(id, total, components.Select(SignedTerm.Parse).ToList());

    [Fact]
    public void Should_leave_a_column_alone_when_the_half_up_figures_already_add_up()
    {
        var result = Foot(new() { ["t"] = 9185.259m, ["a"] = 5637.259m, ["b"] = 2549.379m, ["c"] = 998.621m }, [Sum("r", "t", "a", "b", "c")]);

        Assert.Equal(9185m, result.Printed["t"]);
        Assert.Equal([5637m, 2549m, 999m], new[] { result.Printed["a"], result.Printed["b"], result.Printed["c"] });
        Assert.Empty(result.Adjustments);
    }

    [Fact]
    public void Should_move_down_the_component_rounded_up_the_most()
    {
        // IIJ 2Q03 cost of revenues: 5,126.708 + 2,275.704 + 934.711 = 8,337.123; half-up gives 8,338 against 8,337.
        var result = Foot(new() { ["t"] = 8337.123m, ["a"] = 5126.708m, ["b"] = 2275.704m, ["c"] = 934.711m }, [Sum("r", "t", "a", "b", "c")]);

        Assert.Equal(2275m, result.Printed["b"]);
        Assert.Equal(5127m, result.Printed["a"]);
        Assert.Equal(935m, result.Printed["c"]);
        Assert.Equal(new FootingAdjustment("b", "r", 2276m, 2275m), Assert.Single(result.Adjustments));
    }

    [Fact]
    public void Should_break_a_tie_between_remainders_by_the_larger_amount_then_the_earlier_component()
    {
        // 1.4 + 1.4 + 10.4 = 13.2 -> 13; half-up parts 1 + 1 + 10 = 12: one must go up, all lost 0.4.
        var larger = Foot(new() { ["t"] = 13.2m, ["a"] = 1.4m, ["b"] = 1.4m, ["c"] = 10.4m }, [Sum("r", "t", "a", "b", "c")]);
        Assert.Equal(11m, larger.Printed["c"]);

        // Same amounts: the first listed moves.
        var first = Foot(new() { ["t"] = 2.8m, ["a"] = 1.4m, ["b"] = 1.4m }, [Sum("r", "t", "a", "b")]);
        Assert.Equal(2m, first.Printed["a"]);
        Assert.Equal(1m, first.Printed["b"]);
    }

    [Fact]
    public void Should_foot_negative_amounts_and_subtracted_components_in_the_right_direction()
    {
        // Operating loss = revenues - costs: -0.6 -> -1 (half away from zero); 10.4 - 11.0 -> 10 - 11 = -1 holds.
        var holds = Foot(new() { ["op"] = -0.6m, ["rev"] = 10.4m, ["cost"] = 11.0m }, [Sum("r", "op", "rev", "-cost")]);
        Assert.Equal(-1m, holds.Printed["op"]);
        Assert.Empty(holds.Adjustments);

        // Net = -2.45 + -3.45 = -5.9 -> -6; half-up -2 + -3 = -5: the sum must go down by one.
        // Both lost 0.45 going up; the larger magnitude, -3.45, moves to -4.
        var negative = Foot(new() { ["n"] = -5.9m, ["a"] = -2.45m, ["b"] = -3.45m }, [Sum("r", "n", "a", "b")]);
        Assert.Equal(-6m, negative.Printed["n"]);
        Assert.Equal(-2m, negative.Printed["a"]);
        Assert.Equal(-4m, negative.Printed["b"]);

        // A subtracted component moves the other way: 5 = 7.4 - 2.4 with half-up 7 - 2 = 5 holds, but 5.2 = 7.6 - 2.4 -> 5 vs 8 - 2 = 6.
        var subtracted = Foot(new() { ["t"] = 5.2m, ["a"] = 7.6m, ["b"] = 2.4m }, [Sum("r", "t", "a", "-b")]);
        Assert.Equal(5m, subtracted.Printed["t"]);
        Assert.Equal(7m, subtracted.Printed["a"]);
        Assert.Equal(2m, subtracted.Printed["b"]);
    }

    [Fact]
    public void Should_foot_a_moved_subtotal_s_own_components_to_the_moved_figure()
    {
        // Total 10.2 -> 10 = sub (4.6 -> 5) + d (5.6 -> 6) = 11: sub lost less? both gained 0.4; sub is listed first... d larger magnitude moves: d = 5.
        // Use distinct remainders: sub 4.7 (gained 0.3) and d 5.5 (gained 0.5): d moves to 5. Then sub stays 5 = x 2.35 + y 2.35.
        // Make the subtotal the one that moves: sub 4.55 (gained .45), d 5.65 (gained .35) -> sub moves to 4.
        var result = Foot(
            new() { ["t"] = 10.2m, ["sub"] = 4.55m, ["d"] = 5.65m, ["x"] = 2.25m, ["y"] = 2.3m },
            [Sum("total", "t", "sub", "d"), Sum("subtotal", "sub", "x", "y")]);

        Assert.Equal(10m, result.Printed["t"]);
        Assert.Equal(4m, result.Printed["sub"]);
        Assert.Equal(6m, result.Printed["d"]);

        // x 2.25 -> 2, y 2.3 -> 2: 4 = 4 holds against the moved subtotal, not its half-up 5.
        Assert.Equal(4m, result.Printed["x"] + result.Printed["y"]);
        Assert.Contains(result.Adjustments, a => a.Node == "sub" && a.HalfUp == 5m && a.Printed == 4m);
    }

    [Fact]
    public void Should_spread_a_residual_of_two_units_over_two_components()
    {
        // 0.4 * 5 = 2.0 -> 2; half-up parts are all 0: two components move up, the first two of equal remainder.
        var result = Foot(
            new() { ["t"] = 2.0m, ["a"] = 0.4m, ["b"] = 0.4m, ["c"] = 0.4m, ["d"] = 0.4m, ["e"] = 0.4m },
            [Sum("r", "t", "a", "b", "c", "d", "e")]);

        Assert.Equal(2m, new[] { "a", "b", "c", "d", "e" }.Sum(k => result.Printed[k]));
        Assert.Equal(2, result.Adjustments.Count);
        Assert.All(result.Adjustments, a => Assert.Equal(1m, a.Printed));
    }

    [Fact]
    public void Should_never_move_an_exact_figure()
    {
        // A share of total revenues is exactly 100.0: costs move, not revenues. Steps of 0.1: 1000 = rev; op -9 = rev - cost.
        var result = Foot(new() { ["op"] = -90.337m, ["rev"] = 1000m, ["cost"] = 1090.6m }, [Sum("r", "op", "rev", "-cost")]);

        Assert.Equal(1000m, result.Printed["rev"]);
        Assert.Equal(1090m, result.Printed["cost"]);
        Assert.Equal(-90m, result.Printed["op"]);
    }

    [Fact]
    public void Should_use_a_pinned_figure_as_printed_and_foot_the_others_around_it()
    {
        // IIJ 1Q03 revenues: equipment pinned at 340 (published), so the others stay half-up: 5,596 + 2,408 + 340 = 8,344.
        var result = Foot(
            new() { ["t"] = 8344.046m, ["cva"] = 5595.554m, ["si"] = 2407.923m, ["eq"] = 340.569m },
            [Sum("r", "t", "cva", "si", "eq")],
            new() { ["eq"] = 340m });

        Assert.Equal(340m, result.Printed["eq"]);
        Assert.Equal(5596m, result.Printed["cva"]);
        Assert.Empty(result.Adjustments);
    }

    [Fact]
    public void Should_report_a_pin_that_breaks_a_footing()
    {
        var result = Foot(new() { ["t"] = 10m, ["a"] = 4m, ["b"] = 6m }, [Sum("r", "t", "a", "b")], new() { ["a"] = 5m });

        var failure = Assert.Single(result.Failures);
        Assert.Equal("r", failure.Relation);
        Assert.Equal(-1m, failure.Residual);
    }

    [Fact]
    public void Should_let_a_derived_root_take_the_sum_of_components_fixed_elsewhere()
    {
        // Adjusted EBITDA = operating loss + D&A: the operating loss is fixed by the statement first.
        var result = Foot(
            new() { ["net"] = -829.5m, ["op"] = -829.5m, ["ebitda"] = 126.5m, ["da"] = 956m },
            [Sum("statement", "net", "op"), new FootingRelation("ebitda", "ebitda", [SignedTerm.Parse("op"), SignedTerm.Parse("da")], Derived: true)]);

        Assert.Equal(-830m, result.Printed["op"]);
        Assert.Equal(126m, result.Printed["ebitda"]);
        Assert.Empty(result.Failures);
    }
}
