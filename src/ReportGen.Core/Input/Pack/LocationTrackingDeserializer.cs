using ReportGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace ReportGen.Input.Pack;

/// <summary>Wraps one of YamlDotNet's node deserializers to record where each <see cref="ILocated"/> entry starts in its file.</summary>
internal abstract class LocationTrackingDeserializer(INodeDeserializer inner, string file) : INodeDeserializer
{
    public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer, out object? value, ObjectDeserializer rootDeserializer)
    {
        var start = reader.Current?.Start;
        if (!inner.Deserialize(reader, expectedType, nestedObjectDeserializer, out value, rootDeserializer))
        {
            return false;
        }

        if (value is ILocated located && start is { } mark)
        {
            located.Location = new SourceLocation(file, (int)mark.Line, (int)mark.Column);
        }

        return true;
    }
}

/// <summary>Locates YAML entries read as objects (a table, a column, a row).</summary>
internal sealed class ObjectLocations(INodeDeserializer inner, string file) : LocationTrackingDeserializer(inner, file);

/// <summary>Locates YAML entries read as maps (a localized text).</summary>
internal sealed class MapLocations(INodeDeserializer inner, string file) : LocationTrackingDeserializer(inner, file);
