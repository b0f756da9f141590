namespace ReportGen.Tests.Hostile;

/// <summary>A fact that needs a Unix shell with <c>ulimit</c>: skipped, with the reason, where there is none.</summary>
public sealed class UnixShellFactAttribute : FactAttribute
{
    public UnixShellFactAttribute()
    {
        if (!File.Exists("/bin/bash"))
        {
            Skip = "needs /bin/bash (ulimit -f limits the size of the files a process writes)";
        }
    }
}
