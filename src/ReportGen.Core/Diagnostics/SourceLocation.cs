namespace ReportGen.Diagnostics;

/// <summary>Where a problem is: a file, and inside it a line:column, a JSON path, a template entry or a cell.</summary>
/// <remarks>Every part but <see cref="File"/> is optional; <see cref="ToString"/> prints the parts that are known,
/// in the order a reader needs them: <c>samples/x.json:12:7 ($.facts['so.net_loss'].values.2Q03)</c>, or for a place
/// that has no line, such as a workbook's cell, <c>entry.xlsx: Facts!F12</c>.</remarks>
public sealed record SourceLocation(string File, int? Line = null, int? Column = null, string? Path = null)
{
    /// <summary>A cell of a workbook: <c>entry.xlsx: Facts!F12</c>.</summary>
    public static SourceLocation Cell(string file, string sheet, string address) =>
        new(file, null, null, $"{(sheet.All(char.IsAsciiLetterOrDigit) ? sheet : "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'")}!{address}");

    public override string ToString()
    {
        var text = File;
        if (Line is { } line)
        {
            text += Column is { } column ? $":{line}:{column}" : $":{line}";
        }
        else if (Path is not null)
        {
            return $"{text}: {Path}";
        }

        return Path is null ? text : $"{text} ({Path})";
    }
}
