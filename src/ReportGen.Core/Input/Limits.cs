namespace ReportGen.Input;

/// <summary>
/// How much ReportGen accepts from its inputs: far more than any real release needs, little enough that no input can
/// exhaust memory or time. The dataset schema states the same bounds for the dataset, so that a preparer reads them there.
/// </summary>
internal static class Limits
{
    /// <summary>A dataset file: the samples are about 25 KB.</summary>
    public const long DatasetBytes = 16L * 1024 * 1024;

    /// <summary>One YAML file of a template pack.</summary>
    public const long PackFileBytes = 4L * 1024 * 1024;

    /// <summary>A file of published figures.</summary>
    public const long PublishedBytes = 16L * 1024 * 1024;

    /// <summary>Table files in a pack's <c>tables/</c> folder.</summary>
    public const int TableFiles = 200;

    /// <summary>Rows of a published-figures file.</summary>
    public const int PublishedRows = 100_000;

    /// <summary>A fact's value or a pin, in the unit it is written in: a thousand trillion.</summary>
    public const decimal ValueMagnitude = 1_000_000_000_000_000m;

    /// <summary>A fact's value in currency units (or items), once its scale is applied: a million trillion.</summary>
    public const decimal BaseMagnitude = 1_000_000_000_000_000_000m;

    /// <summary>Decimal places of a value as written; more would be lost by the arithmetic.</summary>
    public const int ValueDecimals = 10;

    /// <summary>Any text of a pack as written (a paragraph), or any text once filled in.</summary>
    public const int TextLength = 10_000;

    /// <summary>A label or a column header: it prints in a cell and in a PDF table row.</summary>
    public const int LabelLength = 500;

    /// <summary>
    /// A table's title once filled in: it also heads each printed page of its worksheet, and Excel holds at most 255
    /// characters there (each <c>&amp;</c> counting twice, and a few taken by the header's own codes).
    /// </summary>
    public const int TitleLength = 250;

    /// <summary>Short texts: footnote marks and leads, number conventions, month names.</summary>
    public const int ShortTextLength = 40;

    /// <summary>Rows of one table.</summary>
    public const int TableRows = 2_000;

    /// <summary>Columns of one table: more do not fit a landscape page.</summary>
    public const int TableColumns = 30;

    /// <summary>Blocks of one document: tables, headings, paragraphs.</summary>
    public const int DocumentBlocks = 1_000;

    /// <summary>The name of an output file without its extension.</summary>
    public const int FileStemLength = 120;
}
