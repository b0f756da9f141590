using System.Text.RegularExpressions;

namespace ReportGen.Input.Pack;

/// <summary>YamlDotNet's messages in a preparer's words: no .NET type names, no parser events.</summary>
internal static partial class YamlMessages
{
    public static string Plain(string message)
    {
        message = Position().Replace(message, "");
        message = NoDeserializer().Replace(message, m => $"this value is not {Kind(m.Groups[1].Value)}");
        message = UnknownProperty().Replace(message, m => $"'{m.Groups[1].Value}' is not a key this entry has");
        return Expected().Replace(message, m => $"expected {Event(m.Groups[1].Value)}, found {Event(m.Groups[2].Value)}");
    }

    private static string Kind(string type) => type switch
    {
        "System.Int32" or "System.Int64" => "a whole number",
        "System.Double" or "System.Decimal" => "a number",
        "System.Boolean" => "true or false",
        "System.String" => "a text",
        _ => "of the kind this entry takes",
    };

    private static string Event(string name) => name switch
    {
        "MappingStart" => "a mapping (key: value)",
        "SequenceStart" => "a list",
        "Scalar" => "a single value",
        _ => name,
    };

    [GeneratedRegex(@" \(at Line: \d+, Col: \d+, Idx: \d+\)")]
    private static partial Regex Position();

    [GeneratedRegex(@"No node deserializer was able to deserialize the node into type ([\w.]+)(, [^.]*(\.[^.]*)*)?")]
    private static partial Regex NoDeserializer();

    [GeneratedRegex(@"Property '([^']*)' not found on type '[\w.]+'\.?")]
    private static partial Regex UnknownProperty();

    [GeneratedRegex(@"Expected '(\w+)', got '(\w+)'")]
    private static partial Regex Expected();
}
