using ReportGen.Pipeline;

namespace ReportGen.Tests.Hostile;

/// <summary>
/// One hostile input and what a person must see: the exit code, the error code, and where the error points (a regular
/// expression over the printed location, <c>{root}</c> standing for the sandbox). A case with <see cref="Args"/> runs the
/// command line as a process; the others run the same job in-process (by default a build of every format).
/// </summary>
internal sealed record HostileCase(
    string Name,
    int Exit,
    string Code,
    string Where,
    Action<Sandbox>? Arrange = null,
    Func<Sandbox, JobRequest>? Request = null,
    string[]? Args = null,
    IReadOnlyDictionary<string, string>? Environment = null)
{
    public override string ToString() => Name;
}
