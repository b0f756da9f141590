namespace ReportGen.Diagnostics;

public enum Severity
{
    Error,
    Warning,
    Info,
}
