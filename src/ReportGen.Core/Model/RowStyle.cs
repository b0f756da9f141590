namespace ReportGen.Model;

public enum RowStyle
{
    Normal,
    Subtotal,
    Total,
}
