using System.Text.Json;
using ReportGen.Diagnostics;

namespace ReportGen.Input;

/// <summary>
/// The template pack a dataset names for itself (<c>"templates": "../../templates/laurentian"</c>, a folder relative to
/// the dataset file), so that <c>build</c> and <c>batch</c> pick each issuer's pack without being told. A pack chosen
/// on the command line or in a batch manifest wins over it; a dataset that names none gets the default pack.
/// </summary>
internal static class DatasetPack
{
    /// <summary>The pack to build <paramref name="dataset"/> with: <paramref name="chosen"/>, else the one it names, else <paramref name="fallback"/>.</summary>
    public static string Choose(string? chosen, string dataset, string fallback) => chosen ?? Named(dataset) ?? fallback;

    /// <summary>
    /// The pack folder the dataset names, as a path from the working directory where it lies below it; null when it names
    /// none, or cannot be read or parsed (reading it as a dataset then says where and why).
    /// </summary>
    public static string? Named(string dataset)
    {
        byte[] bytes;
        try
        {
            bytes = InputFile.ReadAllBytes(dataset, "dataset", Limits.DatasetBytes);
        }
        catch (ReportGenException)
        {
            return null;
        }

        return Peek(bytes) is { Length: > 0 } named ? Shown(Path.GetFullPath(Path.Combine(Folder(dataset), named))) : null;
    }

    /// <summary>The dataset's own pack path, rewritten for a copy of it written at <paramref name="to"/> (another folder).</summary>
    internal static string? Rebase(string? templates, string from, string to) =>
        templates is null || Path.IsPathRooted(templates)
            ? templates
            : Path.GetRelativePath(Folder(to), Path.Combine(Folder(from), templates)).Replace('\\', '/');

    /// <summary>A path as a reader gives it: relative to the working directory when it lies below it.</summary>
    internal static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }

    private static string Folder(string dataset) => Path.GetDirectoryName(Path.GetFullPath(dataset)) ?? ".";

    /// <summary>The top-level <c>"templates"</c> string, read without building the document; anything else is the reader's to report.</summary>
    private static string? Peek(byte[] utf8)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isTemplates = reader.ValueTextEquals("templates"u8);
                reader.Read();
                if (isTemplates)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
        }
        catch (InvalidOperationException)
        {
        }

        return null;
    }
}
