using DocCheck.Reading;

namespace DocCheck.Corpus;

/// <summary>A file an index run could not read: its full path, the reason, and when it was last tried (UTC).</summary>
public sealed record UnreadableFile(string Path, ReadErrorKind Kind, string? Detail, DateTime SeenAt)
{
    /// <summary>One line for a person: the file and the reason.</summary>
    public string Describe(string lang = "vi") => new ReadError(Path, Kind, Detail).Describe(lang);
}
