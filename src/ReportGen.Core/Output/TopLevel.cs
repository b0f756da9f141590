namespace ReportGen.Output;

/// <summary>Tells what stands at an output file's place in the output folder, without following links.</summary>
internal static class TopLevel
{
    public static TopLevelKind Classify(string path, string name)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is { } target)
        {
            return target == OutputState.LinkTarget(name) ? TopLevelKind.OurLink : TopLevelKind.ForeignLink;
        }

        if (Directory.Exists(path))
        {
            return TopLevelKind.Folder;
        }

        if (!info.Exists)
        {
            return TopLevelKind.None;
        }

        return info.Length > 0 ? TopLevelKind.File : TopLevelKind.Special;
    }
}
