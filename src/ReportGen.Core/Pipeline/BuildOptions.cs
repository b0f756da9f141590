namespace ReportGen.Pipeline;

/// <summary>Choices of a run that are not in the dataset or the pack.</summary>
/// <param name="Created">The documents' creation date; the dataset's release date when null (see <see cref="FromEnvironment"/>).</param>
public sealed record BuildOptions(DateTimeOffset? Created = null)
{
    /// <summary>Honours <c>SOURCE_DATE_EPOCH</c> (seconds since 1970, UTC), the reproducible-builds convention.</summary>
    public static BuildOptions FromEnvironment()
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        return long.TryParse(epoch, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? new BuildOptions(DateTimeOffset.FromUnixTimeSeconds(seconds))
            : new BuildOptions();
    }
}
