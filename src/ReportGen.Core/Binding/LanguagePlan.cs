using System.Globalization;
using ReportGen.Diagnostics;

namespace ReportGen.Binding;

/// <summary>A language the pack publishes in: its BCP 47 tag, the culture that names months and numbers, how figures print.</summary>
/// <param name="WorkbookFont">The font this language's workbook is set in.</param>
public sealed record LanguagePlan(string Tag, CultureInfo Culture, NumberConvention Numbers, IReadOnlyList<string>? MonthNames, string WorkbookFont)
{
    /// <summary>How figures read in running text; null where the pack puts no figure in this language's text.</summary>
    public TextConvention? Text { get; init; }

    /// <summary>The abbreviated name of a month (1–12): the pack's where it gives them, else the culture's.</summary>
    public string MonthName(int month) => MonthNames is { Count: 12 } names
        ? names[month - 1]
        : Culture.DateTimeFormat.GetAbbreviatedMonthName(month).TrimEnd('.');

    public string MonthNameLong(int month) => Culture.DateTimeFormat.GetMonthName(month);

    /// <summary>Where the pack declares the language.</summary>
    internal SourceLocation? Location { get; init; }
}
