namespace DocCheck.Reading.Encodings;

/// <summary>The six Vietnamese tones; every tone but <see cref="None"/> is written as a mark on the vowel.</summary>
internal enum VietnameseTone
{
    None,
    Grave,
    Acute,
    Hook,
    Tilde,
    Dot,
}
