using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportGen.Batch;

/// <summary>The manifest's JSON: camelCase, indented, properties in declaration order, nulls written, LF line ends.</summary>
internal static class BatchJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Status(BatchStatus status) => status switch
    {
        BatchStatus.Ok => "ok",
        BatchStatus.TieOutFailed => "tie-out failed",
        _ => "invalid input",
    };

    public static byte[] Write<T>(T value) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value, Options) + "\n");

    /// <summary>Reads what <see cref="Write{T}"/> wrote; null for anything else (a damaged or foreign file is simply not trusted).</summary>
    public static T? Read<T>(string path)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllBytes(path), Options);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }
}
