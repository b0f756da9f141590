using ReportGen.Model;

namespace ReportGen.Pdf;

public static class PdfRenderer
{
    public static void Render(IReadOnlyList<ReleaseDocument> documents, Stream output) => throw new NotImplementedException();
}
