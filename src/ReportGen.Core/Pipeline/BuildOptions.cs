using System.Globalization;
using ReportGen.Diagnostics;

namespace ReportGen.Pipeline;

/// <summary>Choices of a run that are not in the dataset or the pack.</summary>
/// <param name="Created">The documents' creation date; the dataset's release date when null (see <see cref="FromEnvironment"/>).</param>
public sealed record BuildOptions(DateTimeOffset? Created = null)
{
    /// <summary>The last second a document date can hold: 9999-12-31T23:59:59Z.</summary>
    private const long LastEpochSecond = 253_402_300_799;

    /// <summary>
    /// Honours <c>SOURCE_DATE_EPOCH</c> (whole seconds since 1970-01-01 UTC, the reproducible-builds convention); unset or
    /// empty means the dataset's release date. A value that is not such a number, or beyond the year 9999, throws a
    /// <see cref="ReportGenException"/> naming the variable: a build must not silently ignore it.
    /// </summary>
    public static BuildOptions FromEnvironment()
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (string.IsNullOrEmpty(epoch))
        {
            return new BuildOptions();
        }

        if (!long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > LastEpochSecond)
        {
            throw new ReportGenException(Messages.BadSourceDateEpoch(epoch, LastEpochSecond));
        }

        return new BuildOptions(DateTimeOffset.FromUnixTimeSeconds(seconds));
    }
}
