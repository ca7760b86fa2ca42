namespace DocCheck.Corpus;

/// <summary>A file to index: the path as given, the path it is stored under (full), its bytes and their SHA-256.</summary>
public sealed record IndexSource(string File, string StoredPath, byte[] Bytes, string Hash);
