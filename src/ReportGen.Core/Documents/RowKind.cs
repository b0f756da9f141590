namespace ReportGen.Documents;

public enum RowKind
{
    Item,
    Header,
    Spacer,
}
