using ReportGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace ReportGen.Templates;

/// <summary>Wraps YamlDotNet's object deserializer to record where each <see cref="Located"/> entry starts in its file.</summary>
internal sealed class LocationTrackingDeserializer(INodeDeserializer inner, string file) : INodeDeserializer
{
    public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer, out object? value, ObjectDeserializer rootDeserializer)
    {
        var start = reader.Current?.Start;
        if (!inner.Deserialize(reader, expectedType, nestedObjectDeserializer, out value, rootDeserializer))
        {
            return false;
        }

        if (value is Located located && start is { } mark)
        {
            located.Location = new SourceLocation(file, (int)mark.Line, (int)mark.Column);
        }

        return true;
    }
}
