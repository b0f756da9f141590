namespace ReportGen.Output;

/// <summary>What stands in the output folder where an output file goes.</summary>
internal enum TopLevelKind
{
    None,

    /// <summary>The link ReportGen makes: <c>NAME -&gt; .reportgen/current/NAME</c>.</summary>
    OurLink,

    /// <summary>Any other symbolic link.</summary>
    ForeignLink,

    /// <summary>An ordinary file: an output an earlier ReportGen wrote in place.</summary>
    File,

    Folder,

    /// <summary>An empty file, a pipe or a device: nothing ReportGen wrote.</summary>
    Special,
}
