namespace ReportGen.Diagnostics;

/// <summary>Stops a run: carries the diagnostics that explain why, each with its location.</summary>
public sealed class ReportGenException : Exception
{
    public ReportGenException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    public ReportGenException(Diagnostic diagnostic)
        : this([diagnostic])
    {
    }

    public ReportGenException()
        : this([])
    {
    }

    public ReportGenException(string message)
        : this(new Diagnostic("RG0000", Severity.Error, message))
    {
    }

    public ReportGenException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = [new Diagnostic("RG0000", Severity.Error, message)];
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
