namespace ReportGen.Model;

public enum RowKind
{
    Item,
    Header,
    Spacer,
}
