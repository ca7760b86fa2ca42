using System.Diagnostics.CodeAnalysis;
using DocCheck.Reading;

namespace DocCheck.Pipeline;

/// <summary>An analyzed document, or the reason its file could not be read.</summary>
public sealed record AnalysisResult(AnalyzedDocument? Document, ReadError? Error)
{
    [MemberNotNullWhen(true, nameof(Document))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Document is not null;
}
