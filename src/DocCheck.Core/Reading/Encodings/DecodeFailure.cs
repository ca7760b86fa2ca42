namespace DocCheck.Reading.Encodings;

/// <summary>Why bytes could not be turned into text.</summary>
public enum DecodeFailure
{
    /// <summary>Decoding succeeded.</summary>
    None,

    /// <summary>The file has no bytes, or only whitespace and a byte order mark.</summary>
    Empty,

    /// <summary>The bytes look like a binary file (NUL bytes or many control characters).</summary>
    Binary,

    /// <summary>The bytes are text-like but no supported encoding reads them as plausible text.</summary>
    UnknownEncoding,
}
