using System.Text;

namespace ReportGen.Tests;

/// <summary>LibreOffice opening a workbook with every formula recalculated, and what it then displays in each cell.</summary>
internal static class LibreOffice
{
    /// <summary>Each sheet's rows of displayed texts, as LibreOffice shows them after recalculating every formula.</summary>
    public static Dictionary<string, List<List<string>>> Displayed(string workbook, IEnumerable<string> sheets)
    {
        var folder = Repo.TempDir();
        Convert(workbook, folder, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1");
        var stem = Path.GetFileNameWithoutExtension(workbook);
        var result = sheets.ToDictionary(s => s, s => File.ReadAllLines(Path.Combine(folder, $"{stem}-{s}.csv"), Encoding.UTF8).Select(ParseCsv).ToList());
        Directory.Delete(folder, recursive: true);
        return result;
    }

    /// <summary>The workbook printed by LibreOffice, every sheet with its own page set-up, as a PDF in <paramref name="folder"/>.</summary>
    public static string Print(string workbook, string folder)
    {
        Convert(workbook, folder, "pdf");
        return Path.Combine(folder, Path.GetFileNameWithoutExtension(workbook) + ".pdf");
    }

    private static void Convert(string workbook, string folder, string filter)
    {
        var profile = Path.Combine(folder, "profile");
        Directory.CreateDirectory(Path.Combine(profile, "user"));
        File.WriteAllText(Path.Combine(profile, "user", "registrymodifications.xcu"), """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
            </oor:items>
            """);
        RealClients.Run(
            "soffice",
            $"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            filter,
            "--outdir",
            folder,
            workbook);
        Directory.Delete(profile, recursive: true);
    }

    private static List<string> ParseCsv(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted && ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (ch == ',' && !quoted)
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
