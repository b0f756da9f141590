using System.Globalization;
using ReportGen.Diagnostics;

namespace ReportGen.Batch;

/// <summary>
/// A deterministic share of a batch, so that N machines can run one batch: the jobs sorted by id, and of those every
/// N-th from the <paramref name="Index"/>-th on (index counted from 0, as a Kubernetes Indexed Job counts).
/// </summary>
public sealed record BatchShard(int Index, int Count)
{
    private const int MaxCount = 10_000;

    /// <summary>Reads <c>I/N</c>; anything else is a usage error naming <c>--shard</c>.</summary>
    public static BatchShard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count is > 0 and <= MaxCount && index < count)
        {
            return new BatchShard(index, count);
        }

        throw new ReportGenException(Messages.BadShard(text));
    }

    /// <summary>Is the job at this position of the sorted job list this shard's?</summary>
    public bool Takes(int position) => position % Count == Index;

    /// <summary>How the manifest and checksum files of this shard are named: <c>manifest-2-of-4.json</c>, <c>SHA256SUMS-2-of-4</c>.</summary>
    internal string Suffix => string.Create(CultureInfo.InvariantCulture, $"-{Index}-of-{Count}");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
