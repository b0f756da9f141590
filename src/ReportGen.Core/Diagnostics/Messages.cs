using System.Globalization;

namespace ReportGen.Diagnostics;

/// <summary>
/// Every message ReportGen gives about its inputs, in one place, with its stable code.
/// RG1xxx: datasets; RG2xxx: template packs; RG3xxx: binding a pack to a dataset; RG4xxx: tie-out; RG5xxx: output;
/// RG6xxx: the preparer's tools (next, entry, import, diff); RG7xxx: batches (batch, merge-manifests).
/// </summary>
internal static class Messages
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static Diagnostic FileNotFound(string path, string what) =>
        Error("RG1000", $"{what} not found: {(path.Length == 0 ? "(an empty path)" : path)}", new SourceLocation(path.Length == 0 ? what : path));

    public static Diagnostic JsonSyntax(SourceLocation at, string detail) =>
        Error("RG1001", $"the dataset is not well-formed JSON: {detail}", at);

    public static Diagnostic SchemaViolation(SourceLocation at, string detail) =>
        Error("RG1002", detail, at);

    public static Diagnostic UnknownPeriod(SourceLocation at, string factId, string period, IEnumerable<string> known) =>
        Error("RG1003", $"fact '{factId}' has a value for period '{period}', which the dataset's \"periods\" does not declare (declared: {string.Join(", ", known)})", at);

    public static Diagnostic PeriodRoles(SourceLocation at, string detail) =>
        Error("RG1004", detail, at);

    public static Diagnostic BadPin(SourceLocation at, string detail) =>
        Error("RG1005", $"pin: {detail}", at);

    public static Diagnostic BadNumber(SourceLocation at, string detail) =>
        Error("RG1006", detail, at);

    public static Diagnostic UnreadableFile(string path, string what, string detail) =>
        Error("RG1007", $"{what} {path} cannot be read: {detail}", new SourceLocation(path));

    public static Diagnostic DuplicateKey(SourceLocation at, string key, int firstLine) =>
        Error("RG1008", $"\"{key}\" is written twice in this object (first on line {firstLine}): keep one. JSON readers differ on which copy counts, so ReportGen refuses both", at);

    public static Diagnostic BadText(SourceLocation at, string detail) =>
        Error("RG1009", $"this text cannot be printed: {detail}", at);

    public static Diagnostic NotUtf8(SourceLocation at, string what) =>
        Error("RG1010", $"the {what} is not UTF-8 text here: save it as UTF-8", at);

    public static Diagnostic ProseInvalid(SourceLocation at, string detail) =>
        Error("RG1011", $"the quarter's prose: {detail}", at);

    public static Diagnostic ValuesToEnter(SourceLocation at, string period, string role, IReadOnlyList<string> facts) =>
        Error("RG1012", $"{facts.Count} value{(facts.Count == 1 ? "" : "s")} of period '{period}' ({role}) {(facts.Count == 1 ? "is" : "are")} still to be entered (null): {Sample(facts, 8)}. Type them into the dataset, or use reportgen entry and reportgen import", at);

    public static Diagnostic NotKnownYet(SourceLocation at, string field, string what) =>
        Error("RG1013", $"{field} is not known yet (null): {what}", at);

    public static Diagnostic YamlSyntax(SourceLocation at, string detail) =>
        Error("RG2001", $"the template file is not valid: {detail}", at);

    public static Diagnostic PackReference(SourceLocation? at, string detail) =>
        Error("RG2002", detail, at);

    public static Diagnostic PackInvalid(SourceLocation? at, string detail) =>
        Error("RG2003", detail, at);

    public static Diagnostic TemplateSyntax(SourceLocation? at, string detail) =>
        Error("RG2004", $"the text is not a valid template: {detail}", at);

    public static Diagnostic TemplateFailed(SourceLocation? at, string detail) =>
        Error("RG2005", $"the text could not be filled in: {detail}", at);

    public static Diagnostic PackText(SourceLocation? at, string detail) =>
        Error("RG2006", $"this text cannot be printed: {detail}", at);

    public static Diagnostic BadFileName(SourceLocation? at, string detail) =>
        Error("RG2007", detail, at);

    public static Diagnostic MissingFact(SourceLocation? at, string item, string dataset, string usedBy) =>
        Error("RG3001", $"{usedBy} needs '{item}', and {dataset} has no such fact (nor does the pack derive it)", at);

    public static Diagnostic UnitMismatch(SourceLocation? at, string detail) =>
        Error("RG3002", detail, at);

    public static Diagnostic TooLarge(SourceLocation? at, string detail) =>
        Error("RG3003", detail, at);

    public static Diagnostic CannotDraw(SourceLocation? at, string detail) =>
        Error("RG3004", detail, at);

    public static Diagnostic RelationFails(SourceLocation? at, string relation, string period, decimal total, decimal sum, string unit) =>
        Error("RG4001", string.Format(Invariant, "relation '{0}' does not hold for {1}: total {2:#,##0.###} but components add to {3:#,##0.###} (difference {4:#,##0.###}) [{5}]", relation, period, total, sum, total - sum, unit), at);

    public static Diagnostic TieFails(SourceLocation? at, string tie, string left, string right, decimal leftValue, decimal rightValue, string unit) =>
        Error("RG4002", string.Format(Invariant, "tie '{0}' does not hold: {1} = {2:#,##0.###} but {3} = {4:#,##0.###} (difference {5:#,##0.###}) [{6}]", tie, left, leftValue, right, rightValue, leftValue - rightValue, unit), at);

    public static Diagnostic CannotFoot(SourceLocation? at, string relation, string column, decimal residual) =>
        Error("RG4003", string.Format(Invariant, "forced footing cannot make '{0}' add up in column {1}: every component is fixed (pinned or footed by another relation) and {2} unit(s) remain", relation, column, residual), at);

    public static Diagnostic OutputFailed(string path, string detail) =>
        Error("RG5001", $"could not write {path}: {detail}", new SourceLocation(path));

    public static Diagnostic OutputFolder(string path, string detail) =>
        Error("RG5003", $"the output folder {(path.Length == 0 ? "(an empty path)" : path)} cannot be used: {detail}", new SourceLocation(path.Length == 0 ? "--out" : path));

    public static Diagnostic OutputBusy(string path) =>
        Error("RG5004", $"another ReportGen run is writing into {path}: wait for it to finish, or choose another --out", new SourceLocation(path));

    public static Diagnostic OutputConflict(string path, string detail) =>
        Error("RG5005", $"{path} {detail}, and ReportGen replaces only files it wrote: move it away or choose another --out", new SourceLocation(path));

    public static Diagnostic OutputName(string name) =>
        Error("RG5006", $"'{name}' is not a plain file name, so it is not written", null);

    public static Diagnostic UnknownFormat(IEnumerable<string> unknown, IEnumerable<string> known) =>
        Error("RG0064", $"unknown output format {string.Join(", ", unknown.Select(u => $"'{u}'"))}: --format takes {string.Join(", ", known)} (comma-separated)", null);

    public static Diagnostic BadSourceDateEpoch(string value, long last) =>
        Error("RG0065", string.Format(Invariant, "SOURCE_DATE_EPOCH is '{0}', and it must be whole seconds since 1970-01-01 UTC, from 0 to {1} (the end of 9999); unset it to date the documents by the dataset's release date", value.Length > 40 ? value[..40] + "…" : value, last), new SourceLocation("SOURCE_DATE_EPOCH"));

    public static Diagnostic InternalError(string detail) =>
        Error("RG0001", $"ReportGen failed unexpectedly: {detail}. This is a bug; please report it with the command that caused it", null);

    public static Diagnostic RendererFailed(string format, string where, string detail) =>
        Error("RG5002", $"the {format} renderer failed on {where}: {detail}", null);

    /// <summary>The first few of a long list, and how many more: <c>a, b, c and 106 more</c>.</summary>
    private static string Sample(IReadOnlyList<string> items, int count) =>
        items.Count <= count ? string.Join(", ", items) : $"{string.Join(", ", items.Take(count))} and {items.Count - count} more";

    public static Diagnostic CannotRollForward(SourceLocation? at, string detail) =>
        Error("RG6001", $"cannot roll the dataset forward: {detail}", at);

    public static Diagnostic YearAgoDataset(SourceLocation? at, string detail) =>
        Error("RG6002", $"the year-ago dataset does not fit: {detail}", at);

    public static Diagnostic FiguresFile(string path, string detail) =>
        Error("RG6003", $"cannot read the figures file: {detail}", new SourceLocation(path));

    public static Diagnostic NotAnEntryWorkbook(SourceLocation at, string detail) =>
        Error("RG6004", $"this is not an entry workbook reportgen entry wrote: {detail}", at);

    public static Diagnostic MissingValue(SourceLocation at, string what, string hint) =>
        Error("RG6005", $"{what} is missing: {hint}", at);

    public static Diagnostic MoreMissingValues(SourceLocation at, int count, string last) =>
        Error("RG6005", $"{count} more figure{(count == 1 ? " is" : "s are")} missing, from this cell to {last}: type each, or - where there is nothing to report", at);

    public static Diagnostic WrongValue(SourceLocation at, string value, string what, string hint) =>
        Error("RG6006", $"'{value}' is not {what}: {hint}", at);

    public static Diagnostic EntryUnbalanced(SourceLocation at, string total, string period, decimal value, decimal sum, string relation, SourceLocation? declared) =>
        Error("RG6007", string.Format(Invariant, "{0} for {1} is {2:#,##0.###}, and its components add to {3:#,##0.###} (difference {4:#,##0.###}): the total of relation '{5}'{6} does not hold", total, period, value, sum, value - sum, relation, declared is null ? "" : $" ({declared})"), at);

    public static Diagnostic EntryTieFails(SourceLocation at, string tie, string left, decimal leftValue, string right, decimal rightValue, SourceLocation? declared) =>
        Error("RG6008", string.Format(Invariant, "tie '{0}'{1} does not hold: {2} = {3:#,##0.###} but {4} = {5:#,##0.###} (difference {6:#,##0.###})", tie, declared is null ? "" : $" ({declared})", left, leftValue, right, rightValue, leftValue - rightValue), at);

    public static Diagnostic UnreadableWorkbook(string path, string detail) =>
        Error("RG6009", $"cannot read the workbook: {detail}", new SourceLocation(path));

    public static Diagnostic BatchManifest(SourceLocation at, string detail) =>
        Error("RG7001", $"the batch manifest: {detail}", at);

    public static Diagnostic DuplicateJob(SourceLocation? at, string folder, string other) =>
        Error("RG7002", $"the job folder '{folder}' is also {other}'s: two jobs of one batch would write into one folder. Give one of them its own output name in a batch manifest (jobs: - dataset: ... output: NAME)", at);

    public static Diagnostic BadShard(string shard) =>
        Error("RG7003", $"--shard '{shard}' is not I/N with 0 <= I < N <= 10000 (I counts from 0, as a Kubernetes Indexed Job's JOB_COMPLETION_INDEX does)", new SourceLocation("--shard"));

    public static Diagnostic NoJobs(string source) =>
        Error("RG7004", $"no dataset.json was found below {source}", new SourceLocation(source));

    public static Diagnostic BatchFolder(string path, string detail) =>
        Error("RG7005", $"the batch's output folder {path}: {detail}", new SourceLocation(path));

    public static Diagnostic BatchBusy(string path) =>
        Error("RG7006", $"another batch is writing the manifest in {path}; wait for it to finish", new SourceLocation(path));

    public static Diagnostic ManifestMerge(string path, string detail) =>
        Error("RG7007", $"cannot merge {path}: {detail}", new SourceLocation(path));

    public static Diagnostic JobCrashed(string dataset, string detail) =>
        Error("RG7008", $"the job failed unexpectedly ({detail}); the other jobs went on. This is a bug, please report it with this dataset", new SourceLocation(dataset));

    private static Diagnostic Error(string code, string message, SourceLocation? at) =>
        new(code, Severity.Error, message, at);
}
