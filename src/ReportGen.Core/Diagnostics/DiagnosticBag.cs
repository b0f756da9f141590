namespace ReportGen.Diagnostics;

/// <summary>Collects diagnostics while a stage runs, so that a user sees every problem of a file at once.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];

    public IReadOnlyList<Diagnostic> Items => items;

    public bool HasErrors => items.Exists(d => d.Severity == Severity.Error);

    public void Add(Diagnostic diagnostic) => items.Add(diagnostic);

    /// <summary>Throws a <see cref="ReportGenException"/> with everything collected, if any of it is an error.</summary>
    public void ThrowIfErrors()
    {
        if (HasErrors)
        {
            throw new ReportGenException(items.Where(d => d.Severity == Severity.Error).ToList());
        }
    }
}
