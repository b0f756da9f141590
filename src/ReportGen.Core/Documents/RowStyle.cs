namespace ReportGen.Documents;

public enum RowStyle
{
    Normal,
    Subtotal,
    Total,
}
