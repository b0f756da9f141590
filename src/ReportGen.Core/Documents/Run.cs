namespace ReportGen.Documents;

/// <summary>A piece of running text.</summary>
public abstract record Run(string Text)
{
    /// <summary>The words of runs as a reader copies them: markers and page references left out, line breaks as spaces.</summary>
    public static string Plain(IEnumerable<Run> runs) =>
        string.Concat(runs.Select(r => r switch
        {
            NoteMarkRun => "",
            LineBreakRun => " ",
            _ => r.Text,
        }));
}

/// <summary>Text as written.</summary>
public sealed record TextRun(string Text) : Run(Text);

/// <summary>
/// A figure in running text, in words (<c>JPY 9,185 million</c>, <c>an increase of 10.1%</c>), and the printed figure it is:
/// the same figure, with the same rounding and footing, as the table cell <see cref="FigureSource"/> names.
/// </summary>
public sealed record FigureRun(string Text, FigureSource Source) : Run(Text);

/// <summary>A footnote marker, set as a superscript after the text it marks; the footnote prints at the foot of the page.</summary>
public sealed record NoteMarkRun(string Text, string Footnote) : Run(Text);

/// <summary>
/// The number of the page something starts on, filled by a renderer that has pages: <see cref="Target"/> is a language (its
/// part of a file that binds several documents) or a table's id (in the document that refers to it). <see cref="Run.Text"/>
/// is what prints where there are no pages.
/// </summary>
public sealed record PageRefRun(string Text, string Target) : Run(Text);

/// <summary>A line break inside a paragraph (an address, a list of names).</summary>
public sealed record LineBreakRun() : Run("\n");
