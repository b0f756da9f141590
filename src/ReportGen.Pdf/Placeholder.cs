namespace ReportGen.Pdf; internal static class Placeholder { }
