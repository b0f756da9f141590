namespace ReportGen.Preparation;

/// <summary>What a cell read back from a workbook holds.</summary>
public enum EntryValueKind
{
    Empty,
    Number,
    Text,
    Date,

    /// <summary>Anything else: a true/false value, an error such as #REF!.</summary>
    Other,
}
