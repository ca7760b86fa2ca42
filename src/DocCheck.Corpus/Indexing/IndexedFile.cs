using System.Diagnostics.CodeAnalysis;
using DocCheck.Reading;

namespace DocCheck.Corpus;

/// <summary>The facts of one analyzed file, or the reason it could not be read.</summary>
public sealed record IndexedFile(DocumentFacts? Facts, ReadError? Error)
{
    [MemberNotNullWhen(true, nameof(Facts))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Facts is not null;
}
