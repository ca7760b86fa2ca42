namespace DocCheck.Corpus;

/// <summary>
/// An instrument known from an official list: its key (as citations are keyed), the number as listed, and what the list
/// says of it — date, issuer, title, status, and the instrument that replaced it.
/// </summary>
public sealed record RegistryEntry(string Key, string Number, DateOnly? IssueDate, string? Issuer, string? Title, string? Status, string? ReplacedBy, string Source);
