namespace ReportGen.Excel; internal static class Placeholder { }
