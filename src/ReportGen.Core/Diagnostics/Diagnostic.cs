namespace ReportGen.Diagnostics;

/// <summary>A problem found in a dataset or template pack: a stable code, a severity, a message and where.</summary>
public sealed record Diagnostic(string Code, Severity Severity, string Message, SourceLocation? Location = null)
{
    public override string ToString()
    {
        var where = Location is null ? "" : Location + ": ";
        var level = Severity.ToString().ToLowerInvariant();
        return $"{where}{level} {Code}: {Message}";
    }
}
