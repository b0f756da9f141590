using System.Diagnostics;

namespace ReportGen.Tests;

/// <summary>
/// The real programs some tests check against: LibreOffice (soffice) and poppler (pdftoppm, pdffonts). A test that needs
/// one is skipped where it is missing, and reported as skipped; CI installs them and sets REPORTGEN_REQUIRE_LIBREOFFICE
/// and REPORTGEN_REQUIRE_POPPLER, so there the tests run, and fail if the program is missing.
/// </summary>
internal static class RealClients
{
    public static string? Find(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Where(d => d.Length > 0).Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);

    /// <summary>Why a test that needs <paramref name="tool"/> cannot run here, or null when it can (or must).</summary>
    public static string? SkipReason(string tool, string package, string requirement) =>
        Find(tool) is null && Environment.GetEnvironmentVariable(requirement) != "1"
            ? $"{tool} is not installed (apt-get install {package}); set {requirement}=1 to make this a failure"
            : null;

    /// <summary>Runs a program to completion and returns its standard output; it must be installed and must succeed.</summary>
    public static string Run(string tool, params string[] arguments)
    {
        var path = Find(tool);
        Assert.True(path is not null, $"{tool} is required here and not installed");
        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(180_000), $"{tool} did not finish in 3 minutes");
        Assert.True(process.ExitCode == 0, $"{tool} exited {process.ExitCode}: {error.Result}");
        return output;
    }
}

/// <summary>A fact that needs LibreOffice.</summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute() => Skip = RealClients.SkipReason("soffice", "libreoffice-calc-nogui", "REPORTGEN_REQUIRE_LIBREOFFICE");
}

/// <summary>A theory that needs LibreOffice.</summary>
public sealed class LibreOfficeTheoryAttribute : TheoryAttribute
{
    public LibreOfficeTheoryAttribute() => Skip = RealClients.SkipReason("soffice", "libreoffice-calc-nogui", "REPORTGEN_REQUIRE_LIBREOFFICE");
}

/// <summary>A fact that needs poppler.</summary>
public sealed class PopplerFactAttribute : FactAttribute
{
    public PopplerFactAttribute() => Skip = RealClients.SkipReason("pdftoppm", "poppler-utils", "REPORTGEN_REQUIRE_POPPLER");
}

/// <summary>A theory that needs poppler.</summary>
public sealed class PopplerTheoryAttribute : TheoryAttribute
{
    public PopplerTheoryAttribute() => Skip = RealClients.SkipReason("pdftoppm", "poppler-utils", "REPORTGEN_REQUIRE_POPPLER");
}
