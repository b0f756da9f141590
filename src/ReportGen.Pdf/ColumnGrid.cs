namespace ReportGen.Pdf;

/// <summary>One label width and one figure-column width for every table of a document that shares them, so that tables stacked on a page line up.</summary>
internal sealed record ColumnGrid(double LabelWidth, double FigureWidth);
