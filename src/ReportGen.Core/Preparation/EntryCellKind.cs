namespace ReportGen.Preparation;

/// <summary>What a cell of an entry workbook is to the person filling it in; the workbook writer styles each kind.</summary>
public enum EntryCellKind
{
    /// <summary>The sheet's title.</summary>
    Title,

    /// <summary>A line of instructions.</summary>
    Note,

    /// <summary>A column heading.</summary>
    Header,

    /// <summary>Fixed text: a label, an id, a unit, a field's name.</summary>
    Label,

    /// <summary>A value the preparer types: unlocked, and checked as it is typed (<see cref="EntryInput"/>).</summary>
    Input,

    /// <summary>A live formula: a total's components added up. Locked.</summary>
    Sum,

    /// <summary>A live formula: an entered total less its components' sum, blank where no total is entered. Locked.</summary>
    Check,
}
