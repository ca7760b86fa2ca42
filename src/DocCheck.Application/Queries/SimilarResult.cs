using DocCheck.Corpus;

namespace DocCheck.Application.Queries;

/// <summary>The documents most like <see cref="Of"/> (a stored path, an instrument key, or a file), most alike first.</summary>
public sealed record SimilarResult(string Of, IReadOnlyList<SimilarHit> Hits);
