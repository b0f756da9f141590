using System.Reflection;

namespace ReportGen.TieOut;

/// <summary>The version of ReportGen that made a file, with the commit it was built from: <c>1.0.0+3f2a9c1d0b7e</c>.</summary>
public static class ToolVersion
{
    public static string Text { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
