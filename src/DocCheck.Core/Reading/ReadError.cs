namespace DocCheck.Reading;

/// <summary>A file that could not be read, with the reason; <see cref="Detail"/> adds specifics when known.</summary>
public sealed record ReadError(string Path, ReadErrorKind Kind, string? Detail = null)
{
    /// <summary>One line for a person: the file and the reason, in Vietnamese or English.</summary>
    public string Describe(string lang = "vi")
    {
        string reason = ReadErrorMessages.Reason(Kind, lang);
        return Detail is null ? $"{Path}: {reason}" : $"{Path}: {reason} ({Detail})";
    }
}
