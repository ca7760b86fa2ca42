namespace DocCheck.Reading;

/// <summary>Why a file could not be read.</summary>
public enum ReadErrorKind
{
    NotFound,
    AccessDenied,
    Empty,
    Binary,
    UnknownEncoding,
    TooLarge,
    UnsupportedType,
    Corrupt,
    Encrypted,
    IoError,
}
