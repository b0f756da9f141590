using System.Text;
using System.Text.Json;
using ReportGen.Diagnostics;

namespace ReportGen.Input;

/// <summary>Maps every value of a JSON document to its line:column, so that a problem found by path can be shown in the file.</summary>
internal sealed class JsonLocator
{
    private readonly Dictionary<string, (int Line, int Column)> positions = new(StringComparer.Ordinal);

    private JsonLocator()
    {
    }

    /// <summary>
    /// Scans <paramref name="utf8"/>, which must already be known to be well-formed, and reports into <paramref name="bag"/>
    /// what a JSON parser accepts and ReportGen must not: a key repeated in one object (readers disagree on which copy
    /// counts, so a schema could check one and the loader use the other), and strings that are not whole, printable text.
    /// </summary>
    public static JsonLocator Scan(ReadOnlySpan<byte> utf8, string displayPath, DiagnosticBag bag)
    {
        var locator = new JsonLocator();
        var lineStarts = LineStarts(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var path = new List<string>();
        var arrayIndex = new Stack<int>();
        var containers = new Stack<bool>(); // true: array
        var keys = new Stack<Dictionary<string, int>>(); // per object: each key and the line it is first written on
        string? pendingProperty = null;

        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var at = Position(utf8, lineStarts, (int)reader.TokenStartIndex);
                    pendingProperty = ReadString(ref reader, displayPath, at, Pointer(path), bag) ?? "";
                    var here = Pointer(path.Append(pendingProperty));
                    if (keys.Peek().TryGetValue(pendingProperty, out var firstLine))
                    {
                        bag.Add(Messages.DuplicateKey(new SourceLocation(displayPath, at.Line, at.Column, ToJsonPath(here)), pendingProperty, firstLine));
                    }
                    else
                    {
                        keys.Peek()[pendingProperty] = at.Line;
                    }

                    continue;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    if (containers.Pop())
                    {
                        arrayIndex.Pop();
                    }
                    else
                    {
                        keys.Pop();
                    }

                    if (path.Count > 0 && containers.Count > 0)
                    {
                        path.RemoveAt(path.Count - 1);
                    }

                    continue;
            }

            // A value starts here: work out its path segment.
            if (containers.Count > 0)
            {
                string segment;
                if (containers.Peek())
                {
                    var index = arrayIndex.Pop();
                    segment = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    arrayIndex.Push(index + 1);
                }
                else
                {
                    segment = pendingProperty ?? "";
                }

                path.Add(segment);
            }

            var pointer = Pointer(path);
            var position = Position(utf8, lineStarts, (int)reader.TokenStartIndex);

            // A repeated key keeps the position of its first value, as the schema sees that one.
            locator.positions.TryAdd(pointer, position);
            if (reader.TokenType == JsonTokenType.String)
            {
                ReadString(ref reader, displayPath, position, pointer, bag);
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                var isArray = reader.TokenType == JsonTokenType.StartArray;
                containers.Push(isArray);
                if (isArray)
                {
                    arrayIndex.Push(0);
                }
                else
                {
                    keys.Push(new Dictionary<string, int>(StringComparer.Ordinal));
                }
            }
            else if (containers.Count > 0)
            {
                path.RemoveAt(path.Count - 1);
            }
        }

        return locator;
    }

    /// <summary>A string token as text, or null (and a located error) when it is not valid UTF-8 or not printable text.</summary>
    private static string? ReadString(ref Utf8JsonReader reader, string displayPath, (int Line, int Column) at, string pointer, DiagnosticBag bag)
    {
        string text;
        try
        {
            text = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            bag.Add(Messages.BadText(new SourceLocation(displayPath, at.Line, at.Column, ToJsonPath(pointer)), "it is not valid text: it holds bytes that are not UTF-8, or half of a character written as a \\u escape (a lone surrogate such as \\ud800)"));
            return null;
        }

        if (TextRules.Problem(text) is { } problem)
        {
            bag.Add(Messages.BadText(new SourceLocation(displayPath, at.Line, at.Column, ToJsonPath(pointer)), problem));
        }

        return text;
    }

    /// <summary>The line:column (1-based, columns in characters) of the value at a JSON pointer, or of its nearest ancestor.</summary>
    public (int Line, int Column) Find(string pointer)
    {
        var current = pointer;
        while (true)
        {
            if (positions.TryGetValue(current, out var position))
            {
                return position;
            }

            if (current.Length == 0)
            {
                return (1, 1);
            }

            var cut = current.LastIndexOf('/');
            current = cut <= 0 ? "" : current[..cut];
        }
    }

    public static string Pointer(IEnumerable<string> segments) =>
        string.Concat(segments.Select(s => "/" + s.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)));

    /// <summary>A JSON pointer written as a JSON path a person reads: <c>$.facts["so.net_loss"].values["2Q03"]</c>.</summary>
    public static string ToJsonPath(string pointer)
    {
        var builder = new StringBuilder("$");
        if (pointer.Length == 0)
        {
            return builder.ToString();
        }

        foreach (var raw in pointer[1..].Split('/'))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (segment.Length > 0 && segment.All(char.IsAsciiDigit))
            {
                builder.Append('[').Append(segment).Append(']');
            }
            else if (segment.Length > 0 && (char.IsAsciiLetter(segment[0]) || segment[0] == '_') && segment.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                builder.Append('.').Append(segment);
            }
            else
            {
                builder.Append("[\"").Append(JsonEncodedText.Encode(segment, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value).Append("\"]");
            }
        }

        return builder.ToString();
    }

    private static List<int> LineStarts(ReadOnlySpan<byte> utf8)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static (int Line, int Column) Position(ReadOnlySpan<byte> utf8, List<int> lineStarts, int offset)
    {
        var line = lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var column = Encoding.UTF8.GetCharCount(utf8[lineStarts[line]..offset]) + 1;
        return (line + 1, column);
    }

    /// <summary>Line:column of a byte offset reported by a <see cref="JsonException"/>.</summary>
    public static (int Line, int Column) FromException(ReadOnlySpan<byte> utf8, JsonException exception)
    {
        var line = (int)(exception.LineNumber ?? 0);
        var starts = LineStarts(utf8);
        if (line >= starts.Count)
        {
            return (line + 1, 1);
        }

        var lineStart = starts[line];
        var bytes = (int)(exception.BytePositionInLine ?? 0);
        var end = Math.Min(utf8.Length, lineStart + bytes);
        return (line + 1, Encoding.UTF8.GetCharCount(utf8[lineStart..end]) + 1);
    }
}
