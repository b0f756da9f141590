namespace ReportGen.Documents;

public sealed record NoteModel(string Mark, string Text);
