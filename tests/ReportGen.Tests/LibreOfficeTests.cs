using System.Diagnostics;
using System.Text;

namespace ReportGen.Tests;

/// <summary>
/// Opens the workbooks in LibreOffice with recalculation forced, so every formula is computed by a real spreadsheet, and
/// compares the values it displays with the engine's. Runs where <c>soffice</c> is installed; CI installs it and sets
/// REPORTGEN_REQUIRE_LIBREOFFICE=1, so there it cannot be skipped.
/// </summary>
public sealed class LibreOfficeTests(SampleWorkbooks workbooks) : IClassFixture<SampleWorkbooks>
{
    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public void LibreOffice_recalculates_every_formula_to_the_engine_s_figures(string language)
    {
        var soffice = FindSoffice();
        if (soffice is null)
        {
            Assert.True(Environment.GetEnvironmentVariable("REPORTGEN_REQUIRE_LIBREOFFICE") != "1", "LibreOffice (soffice) is required here and not installed");
            return;
        }

        var folder = Repo.TempDir();
        var profile = Path.Combine(folder, "profile");
        Directory.CreateDirectory(Path.Combine(profile, "user"));
        File.WriteAllText(Path.Combine(profile, "user", "registrymodifications.xcu"), """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
            </oor:items>
            """);
        var start = new ProcessStartInfo(soffice)
        {
            ArgumentList =
            {
                $"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", "--outdir", folder, workbooks.Paths[language],
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using (var process = Process.Start(start)!)
        {
            process.WaitForExit(120_000);
            Assert.Equal(0, process.ExitCode);
        }

        var document = workbooks.Sample.Release.Documents.Single(d => d.Language == language);
        var stem = Path.GetFileNameWithoutExtension(workbooks.Paths[language]);
        foreach (var table in document.Tables)
        {
            var rows = File.ReadAllLines(Path.Combine(folder, $"{stem}-{table.SheetName}.csv"), Encoding.UTF8).Select(ParseCsv).ToList();
            var first = rows.FindIndex(r => r.Count > table.Columns.Count && r[table.Columns.Count] == table.Columns[^1].Header) + 1;
            Assert.True(first > 0, $"{table.SheetName}: header row not found");
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var shown = rows[first + r];
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    var expected = table.Rows[r].Cells[c]?.Display ?? "";
                    var actual = c + 1 < shown.Count ? shown[c + 1] : "";
                    Assert.True(expected == actual, $"{table.SheetName} row {r} '{table.Rows[r].Label}' column {c}: engine '{expected}', LibreOffice '{actual}'");
                }
            }
        }

        Directory.Delete(folder, recursive: true);
    }

    private static string? FindSoffice() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Select(dir => Path.Combine(dir, "soffice"))
            .FirstOrDefault(File.Exists);

    private static List<string> ParseCsv(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(ch);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
