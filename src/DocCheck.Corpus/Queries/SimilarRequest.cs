namespace DocCheck.Corpus;

/// <summary>Documents like one: a stored document (<see cref="Path"/>), the corpus document that is an instrument (<see cref="Key"/>), or a text that is not in the corpus (a draft).</summary>
public sealed record SimilarRequest
{
    public string? Path { get; init; }
    public string? Key { get; init; }
    public string? Text { get; init; }
    public int Limit { get; init; } = 10;
}
