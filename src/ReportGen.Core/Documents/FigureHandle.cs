using ReportGen.Binding;

namespace ReportGen.Documents;

/// <summary>
/// A figure a template names, <c>so.total_revenues.current</c>: an item in the period of a role. A template prints it
/// through a filter (<c>amount</c>, <c>change</c>, …) that says how; it can test <c>negative</c>, <c>positive</c>,
/// <c>zero</c> and <c>present</c> to choose its words.
/// </summary>
internal sealed class FigureHandle(string item, PeriodPlan period, decimal? exact)
{
    public string Item { get; } = item;

    public PeriodPlan Period { get; } = period;

    public decimal? Exact { get; } = exact;

    public bool Present => Exact is not null;

    public bool Negative => Exact < 0;

    public bool Positive => Exact > 0;

    public bool Zero => Exact == 0;

    public override string ToString() =>
        throw new InvalidOperationException($"'{Item}' in {Period.Role} is a figure: print it with a filter that says how (amount, change, changed, percent, convenience)");
}
