namespace ReportGen.Rendering;

/// <summary>
/// A renderer whose first file in a process costs far more than the next (its library's code compiled, its fonts read):
/// a job asks it to do that work on another core while the dataset is still being checked. Once per process is enough;
/// the renderer makes later calls cheap, and what it renders never depends on whether it was warmed up.
/// </summary>
public interface IWarmUp
{
    void WarmUp();
}
