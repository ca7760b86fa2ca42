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
    /// <summary>Reading worked but analysis failed (a DocCheck bug); the file is reported and the run goes on.</summary>
    AnalysisFailed,
}
