using System.Diagnostics;
using ReportGen.Pipeline;

namespace ReportGen.Tests.Hostile;

/// <summary>
/// The hostile inputs, one per row: the repros of issue 11 and their neighbours. Each names what it breaks, the exit
/// code and error code a person must see, and where the error must point. Nothing may change anywhere in the sandbox
/// (its inputs and the previous output) unless the run succeeds.
/// </summary>
internal static class HostileCases
{
    private const string Dataset = @"dataset\.json:\d+:\d+ ";
    private const string Label8 = "so.dialup_access: { ja: \"ダイヤルアップ接続サービス\", en: \"Dial-up access services\" }";
    private const string Note = "New 12,615 shares";
    private const string Name = "\"en\": \"Internet Initiative Japan Inc.\"";
    private const string T07 = "tables/t07_backbone.yaml";

    public static IReadOnlyList<HostileCase> All { get; } =
    [
        // A repeated JSON key: the schema checked one copy, the loader used the other.
        new("a repeated company id that would escape --out", 1, "RG1008", Dataset + @"\(\$\.company\.id\)",
            s => s.EditDataset("\"id\": \"iij\",", $"\"id\": \"iij\", \"id\": \"{s.Root}/victim/pwned\",")),
        new("a repeated quarter", 1, "RG1008", Dataset + @"\(\$\.quarter\)", s => s.EditDataset("\"quarter\": 2,", "\"quarter\": 2,\n  \"quarter\": 7,")),
        new("a repeated unit", 1, "RG1008", Dataset + @"\(\$\.facts\[""so\.dedicated_access""\]\.unit\)",
            s => s.EditDataset("\"so.dedicated_access\": {\n      \"unit\": \"JPY_thousands\",", "\"so.dedicated_access\": {\n      \"unit\": \"JPY_thousands\", \"unit\": \"USD_thousands\",")),
        new("a rooted company id", 1, "RG1002", Dataset + @"\(\$\.company\.id\)", s => s.EditDataset("\"id\": \"iij\",", "\"id\": \"/tmp/pwned\",")),

        // Numbers the schema accepts and a decimal cannot hold, or holds only rounded.
        new("a rate of 1e400", 1, "RG1002", Dataset + @"\(\$\.convenienceTranslation\.rate\)", s => s.EditDataset("\"rate\": 111.43", "\"rate\": 1e400")),
        new("a rate of 1e-30", 1, "RG1002", Dataset + @"\(\$\.convenienceTranslation\.rate\)", s => s.EditDataset("\"rate\": 111.43", "\"rate\": 1e-30")),
        new("a figure beyond what a decimal holds", 1, "RG1002", Dataset + @"\(\$\.facts\[""so\.dedicated_access""\]\.values\[""2Q03""\]\)",
            s => s.EditDataset("\"2Q03\": 3236405,", "\"2Q03\": 9e28,")),
        new("a figure that overflows once scaled to yen", 1, "RG1006", Dataset + @"\(\$\.facts\[""so\.dedicated_access""\]\.values\[""2Q03""\]\)",
            s => s.EditDataset("\"unit\": \"JPY_thousands\",\n      \"values\": {\n        \"2Q03\": 3236405,", "\"unit\": \"JPY_billions\",\n      \"values\": {\n        \"2Q03\": 900000000000000,")),
        new("a weighted share count of 1e-25", 1, "RG1006", Dataset + @"\(\$\.facts\[""so\.weighted_average_shares""\]\.values\[""2Q03""\]\)",
            s => s.EditDataset("\"2Q03\": 27617,", "\"2Q03\": 1e-25,")),
        new("a pin of 1e400", 1, "RG1002", Dataset + @"\(\$\.pins\[0\]\.value\)", s => s.EditDataset("\"value\": 340,", "\"value\": 1e400,")),
        new("a quarter written 2.0 is the quarter 2", 0, "", "", s => s.EditDataset("\"quarter\": 2,\n  \"releaseDate\"", "\"quarter\": 2.0,\n  \"releaseDate\"")),
        new("a fiscal year written 2.003e3 is 2003", 0, "", "", s => s.EditDataset("\"fiscalYear\": 2003,\n      \"quarter\": 2,", "\"fiscalYear\": 2.003e3,\n      \"quarter\": 2,")),

        new("a period ending on 9999-12-31", 1, "RG1002", Dataset + @"\(\$\.periods\[""2Q03""\]\.end\)", s => s.EditDataset("\"end\": \"2003-09-30\"", "\"end\": \"9999-12-31\"")),

        // Text that is not text.
        new("invalid UTF-8 bytes in a string", 1, "RG1010", @"dataset\.json:7:\d+", s => ReplaceBytes(s.Dataset, "Japan Inc.", [0x4A, 0xC3, 0x28, 0x70])),
        new("a lone surrogate", 1, "RG1009", Dataset + @"\(\$\.company\.name\.en\)", s => s.EditDataset(Name, "\"en\": \"Internet \\ud800 Japan\"")),
        new("a control character in a note", 1, "RG1009", Dataset + @"\(\$\.notes\.new_shares\.en\)", s => s.EditDataset(Note, "New\\u0007 12,615 shares")),
        new("JSON nested 200 deep", 1, "RG1001", @"dataset\.json:22:\d+$", s => s.EditDataset("\"currency\": \"JPY\",", $"\"currency\": \"JPY\", \"deep\": {new string('[', 200)}{new string(']', 200)},")),

        // Files that are not ordinary files, or too large to read.
        new("/dev/zero as the dataset", 1, "RG1007", "^/dev/zero$", Request: s => s.Build with { Dataset = "/dev/zero" }),
        new("a pipe as the dataset", 1, "RG1007", @"fifo\.json$", s => MakeFifo(Path.Combine(s.Root, "in", "fifo.json")), s => s.Build with { Dataset = Path.Combine(s.Root, "in", "fifo.json") }),
        new("a folder as the dataset", 1, "RG1007", @"/in$", Request: s => s.Build with { Dataset = Path.Combine(s.Root, "in") }),
        new("a dataset of 17 MB", 1, "RG1007", @"big\.json$", s => Sparse(Path.Combine(s.Root, "in", "big.json"), 17 << 20), s => s.Build with { Dataset = Path.Combine(s.Root, "in", "big.json") }),
        new("/dev/zero as the published figures", 1, "RG1007", "^/dev/zero$", Request: s => s.Build with { Published = "/dev/zero" }),
        new("published figures that are not UTF-8", 1, "RG1010", @"published-en\.tsv:\d+:\d+", s => ReplaceBytes(s.Published, "so.dedicated_access", [0x73, 0xFF, 0xFE])),
        new("a pipe among the pack's tables", 1, "RG1007", @"t99\.yaml$", s => MakeFifo(Path.Combine(s.Pack, "tables", "t99.yaml"))),

        // The pack: values out of range, texts that do not fit where they print.
        new("a label of 100,000 characters", 1, "RG2003", @"labels\.yaml:8:\d+", s => s.EditPack("labels.yaml", Label8, $"so.dialup_access: {{ ja: \"x\", en: \"{new string('x', 100_000)}\" }}")),
        new("a template that divides by zero", 1, "RG2005", @"pack\.yaml:\d+:\d+", s => s.EditPack("pack.yaml", "header: \"{{ company.name }}: {{ quarter | ordinal }}", "header: \"{{ 1 | divided_by: 0 }}{{ company.name }}: {{ quarter | ordinal }}")),
        new("a template that loops for ever", 1, "RG2005", @"pack\.yaml:\d+:\d+", s => s.EditPack("pack.yaml", "header: \"{{ company.name }}: {{ quarter | ordinal }}", "header: \"{% for i in (1..100000000) %}x{% endfor %}: {{ quarter | ordinal }}")),
        new("an entry left empty (sheet: ~)", 1, "RG2001", @"t07_backbone\.yaml:\d+:\d+", s => s.EditPack(T07, "sheet: { ja: 表7, en: Table 7 }", "sheet: ~")),
        new("a list item left empty", 1, "RG2001", @"pack\.yaml:\d+:\d+", s => s.EditPack("pack.yaml", "    languages: [ja, en]", "    languages: [~, en]")),
        new("a period format containing /", 1, "RG2007", @"pack\.yaml:\d+:\d+", s => s.EditPack("pack.yaml", "en: \"{{ quarter }}Q{{ fy }}\"", "en: \"{{ quarter }}Q/{{ fy }}\"")),
        new("decimals: -1", 1, "RG2003", @"t07_backbone\.yaml:\d+:\d+", s => s.EditPack(T07, "amounts: millions", "amounts: millions\ndecimals: -1")),
        new("indent: 100000", 1, "RG2003", @"t07_backbone\.yaml:15:\d+", s => s.EditPack(T07, "  - { item: kpi.backbone.domestic }", "  - { item: kpi.backbone.domestic, indent: 100000 }")),
        new("indent beyond a whole number", 1, "RG2001", @"t07_backbone\.yaml:15:\d+", s => s.EditPack(T07, "  - { item: kpi.backbone.domestic }", "  - { item: kpi.backbone.domestic, indent: 100000000000 }")),
        new("width: .nan", 1, "RG2003", @"t07_backbone\.yaml:8:\d+", s => s.EditPack(T07, "  - { value: current }", "  - { value: current, width: .nan }")),
        new("width: -5", 1, "RG2003", @"t07_backbone\.yaml:8:\d+", s => s.EditPack(T07, "  - { value: current }", "  - { value: current, width: -5 }")),
        new("a title longer than a worksheet header holds", 1, "RG2003", @"t07_backbone\.yaml:3:\d+", s => s.EditPack(T07, "en: \"Table 7. Backbone Costs\"", $"en: \"Table 7. {new string('B', 300)}\"")),
        new("a data sheet name with /", 1, "RG2003", @"pack\.yaml:\d+:\d+", s => s.EditPack("pack.yaml", "dataSheet: Data", "dataSheet: \"Da/ta\"")),
        new("a sheet name starting with '", 1, "RG2003", @"t07_backbone\.yaml:\d+:\d+", s => s.EditPack(T07, "en: Table 7 }", "en: \"'Table 7\" }")),
        new("a control character in a label", 1, "RG2006", @"labels\.yaml:8:\d+", s => s.EditPack("labels.yaml", "en: \"Dial-up access services\" }\n", "en: \"Dial-up\\x01 access services\" }\n")),
        new("a YAML key written twice", 1, "RG2001", @"labels\.yaml:\d+:\d+", s => File.AppendAllText(Path.Combine(s.Pack, "labels.yaml"), "\nso.dialup_access: { ja: \"x\", en: \"y\" }\n")),
        new("a YAML file that is not UTF-8", 1, "RG2001", @"labels\.yaml:8:\d+", s => ReplaceBytes(Path.Combine(s.Pack, "labels.yaml"), "Dial-up access services", [0x44, 0xC0, 0xAF])),
        new("a derived item with a fact's id", 1, "RG2003", @"facts\.yaml:\d+:\d+",
            s => s.EditPack("relations.yaml", "derived:\n", "derived:\n  - id: so.dialup_access\n    sum: [so.dedicated_access]\n")),
        new("a file name that climbs out of --out", 1, "RG2007", @"pack\.yaml:\d+:\d+", s => s.EditPack("pack.yaml", "file: \"{{ company.id }}-{{ current.short | downcase }}-ja\"", "file: \"../{{ company.id }}-ja\"")),
        new("two documents with one file name", 1, "RG2007", @"pack\.yaml:\d+:\d+", s => s.EditPack("pack.yaml", "-{{ current.short | downcase }}-en\"", "-{{ current.short | downcase }}-ja\"")),
        new("a combined file name with /", 1, "RG2007", @"pack\.yaml:\d+:\d+", s => s.EditPack("pack.yaml", "-{{ current.short | downcase }}-bilingual\"", "/bilingual\"")),

        // Characters the bundled font cannot draw, found where they are written.
        new("Hangul in a label", 1, "RG3004", @"labels\.yaml:8:\d+", s => s.EditPack("labels.yaml", Label8, "so.dialup_access: { ja: \"ダイヤルアップ接続サービス\", en: \"Dial-up 접속 services\" }")),
        new("Devanagari in a table title", 1, "RG3004", @"t07_backbone\.yaml:3:\d+", s => s.EditPack(T07, "en: \"Table 7. Backbone Costs\"", "en: \"Table 7. हिन्दी\"")),
        new("Arabic in a footnote", 1, "RG3004", @"footnotes\.yaml:\d+:\d+", s => s.EditPack("footnotes.yaml", "Others are IIJ", "Others are العربية IIJ")),
        new("a narrow no-break space in a label", 1, "RG3004", @"labels\.yaml:8:\d+", s => s.EditPack("labels.yaml", "en: \"Dial-up access services\" }\n", "en: \"Dial-up\u202Faccess services\" }\n")),
        new("Hebrew in the dataset's note", 1, "RG3004", Dataset + @"\(\$\.notes\.new_shares\.en\)", s => s.EditDataset(Note, "New שלום 12,615 shares")),
        new("an emoji in the company name", 1, "RG3004", Dataset + @"\(\$\.company\.name\.en\)", s => s.EditDataset(Name, "\"en\": \"Internet Initiative Japan Inc. 🚀\"")),

        // The output folder.
        new("--out that is a file", 1, "RG5003", @"dataset\.json$", Request: s => s.Build with { Out = s.Dataset }),
        new("--out under a file", 1, "RG5003", @"dataset\.json/out$", Request: s => s.Build with { Out = Path.Combine(s.Dataset, "out") }),
        new("--out empty", 1, "RG5003", "^--out$", Request: s => s.Build with { Out = "" }),
        new("--out that cannot be made", 1, "RG5003", "^/proc/", Request: s => s.Build with { Out = "/proc/reportgen-hostile/out" }),
        new("a folder where the tie-out was", 1, "RG5005", @"out/iij-2q03-tieout\.json$", s => ReplaceWithFolder(Path.Combine(s.Out, "iij-2q03-tieout.json"))),
        new("a link ReportGen did not make where an output goes", 1, "RG5005", @"out/iij-2q03-tieout\.md$", s =>
        {
            File.Delete(Path.Combine(s.Out, "iij-2q03-tieout.md"));
            File.CreateSymbolicLink(Path.Combine(s.Out, "iij-2q03-tieout.md"), s.Dataset);
        }),
        new("a second run writing into the same folder", 1, "RG5004", @"out$", s => s.Hold(new FileStream(Path.Combine(s.Out, ".reportgen", "lock"), FileMode.Open, FileAccess.ReadWrite, FileShare.None))),

        // The command line and the environment, as a process.
        new("an unknown option (--ouput)", 64, "", "Unknown option 'ouput'", Args: ["build", "{dataset}", "--templates", "{pack}", "--ouput", "{out}"]),
        new("SOURCE_DATE_EPOCH beyond the year 9999", 64, "RG0065", "^SOURCE_DATE_EPOCH", Args: ["build", "{dataset}", "--templates", "{pack}", "--out", "{out}"], Environment: new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "99999999999999" }),
        new("SOURCE_DATE_EPOCH that is not a number", 64, "RG0065", "^SOURCE_DATE_EPOCH", Args: ["check", "{dataset}", "--templates", "{pack}", "--out", "{out}"], Environment: new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "-1" }),
        new("an empty dataset path on the command line", 1, "RG1000", "^dataset", Args: ["build", "", "--templates", "{pack}", "--out", "{out}"]),
        new("an empty --templates and --published", 1, "RG1000", "^template pack folder", Args: ["build", "{dataset}", "--templates", "", "--published", "", "--out", "{out}"]),
        new("--out empty on the command line", 1, "RG5003", "^--out", Args: ["build", "{dataset}", "--templates", "{pack}", "--out", ""]),
        new("a repeated company id, from the command line", 1, "RG1008", Dataset + @"\(\$\.company\.id\)", s => s.EditDataset("\"id\": \"iij\",", $"\"id\": \"iij\", \"id\": \"{s.Root}/victim/pwned\","), Args: ["build", "{dataset}", "--templates", "{pack}", "--out", "{out}"]),
    ];

    public static HostileCase Find(string name) => All.Single(c => c.Name == name);

    private static void ReplaceBytes(string path, string find, byte[] replace)
    {
        var bytes = File.ReadAllBytes(path);
        var at = bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(find));
        Assert.True(at >= 0, $"{path} does not contain {find}");
        File.WriteAllBytes(path, [.. bytes[..at], .. replace, .. bytes[(at + System.Text.Encoding.UTF8.GetByteCount(find))..]]);
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private static void Sparse(string path, long length)
    {
        using var file = new FileStream(path, FileMode.CreateNew);
        file.SetLength(length);
    }

    private static void ReplaceWithFolder(string path)
    {
        File.Delete(path);
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, "kept.txt"), "a reader's own file");
    }
}
