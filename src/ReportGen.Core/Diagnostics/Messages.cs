using System.Globalization;

namespace ReportGen.Diagnostics;

/// <summary>
/// Every message ReportGen gives about its inputs, in one place, with its stable code.
/// RG1xxx: datasets; RG2xxx: template packs; RG3xxx: binding a pack to a dataset; RG4xxx: tie-out; RG5xxx: output.
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

    private static Diagnostic Error(string code, string message, SourceLocation? at) =>
        new(code, Severity.Error, message, at);
}
