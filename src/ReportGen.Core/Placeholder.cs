namespace ReportGen; internal static class Placeholder { }
