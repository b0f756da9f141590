namespace ReportGen.TieOut;

/// <summary>Why a published figure is not what the engine's rule gives.</summary>
public enum DifferenceClass
{
    /// <summary>One unit in the last printed digit: the publisher footed (or rounded) the column differently.</summary>
    RoundingAdjustment,

    /// <summary>The published figure has the wrong sign.</summary>
    Sign,

    /// <summary>A pin in the dataset makes ReportGen print the published figure, for the reason the pin gives.</summary>
    Pinned,

    /// <summary>Anything else: a transcription error, a changed fact, a figure the engine cannot explain.</summary>
    Unexplained,
}

/// <summary>A printed figure that differs from what the engine's rule produces, with both values and what ReportGen prints.</summary>
public sealed record Difference(
    string Table,
    string Item,
    string Column,
    string Period,
    string Published,
    string Engine,
    string Printed,
    DifferenceClass Class,
    string? Reason);
