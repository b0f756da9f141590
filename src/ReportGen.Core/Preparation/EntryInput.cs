namespace ReportGen.Preparation;

/// <summary>What an input cell accepts, for the workbook's data validation.</summary>
public enum EntryInput
{
    /// <summary>Any text.</summary>
    Text,

    /// <summary>A number, or <c>-</c> where there is nothing to report.</summary>
    Figure,

    /// <summary>A number.</summary>
    Number,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A calendar date.</summary>
    Date,

    /// <summary>One of the cell's <see cref="EntryCell.Choices"/>.</summary>
    Choice,
}
