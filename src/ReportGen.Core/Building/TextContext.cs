using System.Globalization;
using System.Text.RegularExpressions;
using Humanizer;
using ReportGen.Dataset;
using ReportGen.Templates;

namespace ReportGen.Building;

/// <summary>
/// Fills the placeholders of a pack's texts for one language: <c>{companyName}</c>, <c>{quarterOrdinal}</c>,
/// <c>{current}</c>, <c>{rate}</c>, … and writes period labels in the pack's formats.
/// </summary>
public sealed partial class TextContext
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);
    private readonly PackFormats formats;

    public TextContext(QuarterlyDataset dataset, PackFormats formats, Language language)
    {
        this.formats = formats;
        Language = language;
        var current = dataset.PeriodOf(PeriodRole.Current);
        values["companyName"] = dataset.Company.Name[language];
        values["companyShort"] = dataset.Company.ShortName[language];
        values["ticker"] = dataset.Company.Ticker;
        values["exchange"] = dataset.Company.Exchange ?? "";
        values["fiscalYear"] = dataset.FiscalYear.ToString(CultureInfo.InvariantCulture);
        values["fiscalYearEnd"] = LongDate(dataset.FiscalYearEnd);
        values["quarter"] = dataset.Quarter.ToString(CultureInfo.InvariantCulture);
        values["quarterOrdinal"] = language == Language.En
            ? dataset.Quarter.ToOrdinalWords(English).Transform(To.TitleCase)
            : dataset.Quarter.ToString(CultureInfo.InvariantCulture);
        values["quarterOrdinalShort"] = dataset.Quarter.Ordinalize(English);
        values["quarterMonths"] = $"{current.Start.Month}-{current.End.Month}";
        values["releaseDate"] = LongDate(dataset.ReleaseDate);
        foreach (var period in dataset.Periods)
        {
            var role = period.Role.Name();
            values[role] = PeriodDate(period);
            values[role + "Short"] = PeriodShort(period);
        }

        if (dataset.Convenience is { } c)
        {
            values["rate"] = c.Rate.ToString("0.00##", CultureInfo.InvariantCulture);
            values["rateDate"] = Fill(formats.NoteDate[language] ?? "", c.Date);
            values["rateCurrency"] = c.Currency;
        }
    }

    public Language Language { get; }

    /// <summary>Replaces every known <c>{name}</c>; an unknown one is left as written, so a typo shows in the output.</summary>
    public string Apply(string template) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);

    /// <summary>2Q03: the quarter and the last two digits of the fiscal year.</summary>
    public string PeriodShort(Period period) => Fill(formats.PeriodShort[Language] ?? "{quarter}Q{fy}", period.End, period);

    /// <summary>Sept 30, 2003 / 2003年9月期: the period's end date as column groups print it.</summary>
    public string PeriodDate(Period period) => Fill(formats.PeriodDate[Language] ?? "{year}-{month}-{day}", period.End, period);

    private string LongDate(DateOnly date) => Language == Language.En
        ? date.ToString("MMMM d, yyyy", English)
        : $"{date.Year}年{date.Month}月{date.Day}日";

    private string Fill(string pattern, DateOnly date, Period? period = null)
    {
        var monthNames = formats.MonthNames.GetValueOrDefault(Language.Tag());
        var monthName = monthNames is { Count: 12 } ? monthNames[date.Month - 1] : date.ToString("MMM", English);
        return Placeholder().Replace(pattern, m => m.Groups[1].Value switch
        {
            "year" => date.Year.ToString(CultureInfo.InvariantCulture),
            "yy" => (date.Year % 100).ToString("00", CultureInfo.InvariantCulture),
            "month" => date.Month.ToString(CultureInfo.InvariantCulture),
            "monthName" => monthName,
            "day" => date.Day.ToString(CultureInfo.InvariantCulture),
            "quarter" when period is not null => period.Quarter.ToString(CultureInfo.InvariantCulture),
            "fy" when period is not null => (period.FiscalYear % 100).ToString("00", CultureInfo.InvariantCulture),
            "fiscalYear" when period is not null => period.FiscalYear.ToString(CultureInfo.InvariantCulture),
            _ => m.Value,
        });
    }

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
