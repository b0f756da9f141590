namespace ReportGen.Model;

public sealed record NoteModel(string Mark, string Text);
