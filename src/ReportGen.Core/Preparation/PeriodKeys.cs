using System.Globalization;
using Fluid;
using ReportGen.Binding;
using ReportGen.Diagnostics;

namespace ReportGen.Preparation;

/// <summary>
/// Names a period as the pack's <c>formats.periodKey</c> says: the template sees <c>role</c>, <c>span</c> (quarter,
/// yearToDate, fiscalYear), <c>fiscalYear</c>, <c>fy</c> (two digits), <c>quarter</c>, <c>months</c>, and <c>start</c> and
/// <c>end</c> with <c>year</c>, <c>yy</c>, <c>month</c>, <c>day</c>.
/// </summary>
internal static class PeriodKeys
{
    private static readonly TemplateOptions Options = new() { CultureInfo = CultureInfo.InvariantCulture, StrictVariables = true, MaxSteps = 10_000 };

    public static string Render(TextTemplate template, string role, RolePeriod place, PeriodDates dates)
    {
        if (template.Compiled is null)
        {
            return template.Source;
        }

        var context = new TemplateContext(Options);
        context.SetValue("role", role);
        context.SetValue("span", place.Span switch { PeriodSpan.Quarter => "quarter", PeriodSpan.YearToDate => "yearToDate", _ => "fiscalYear" });
        context.SetValue("fiscalYear", dates.FiscalYear);
        context.SetValue("fy", (dates.FiscalYear % 100).ToString("00", CultureInfo.InvariantCulture));
        context.SetValue("quarter", dates.Quarter);
        context.SetValue("months", new PeriodPlan("", role, dates.FiscalYear, dates.Quarter, dates.Start, dates.End).Months);
        context.SetValue("start", Date(dates.Start));
        context.SetValue("end", Date(dates.End));
        try
        {
            return template.Compiled.Render(context).Trim();
        }
        catch (Exception exception) when (exception is FluidException or InvalidOperationException or ArgumentException)
        {
            throw new ReportGenException(Messages.TemplateFailed(template.Location, $"{exception.Message} in formats.periodKey \"{template.Source}\""));
        }
    }

    private static Dictionary<string, object?> Date(DateOnly date) => new(StringComparer.Ordinal)
    {
        ["year"] = date.Year,
        ["yy"] = (date.Year % 100).ToString("00", CultureInfo.InvariantCulture),
        ["month"] = date.Month,
        ["day"] = date.Day,
    };
}
