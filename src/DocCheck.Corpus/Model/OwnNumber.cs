namespace DocCheck.Corpus;

/// <summary>A corpus document that is itself an instrument: its own key and header date, its path and issuer.</summary>
public sealed record OwnNumber(string Key, DateOnly IssueDate, string Path, string? Issuer);
