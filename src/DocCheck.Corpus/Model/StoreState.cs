namespace DocCheck.Corpus;

/// <summary>Which store this is (an id made when it was created) and the number of its last committed batch.</summary>
public sealed record StoreState(string Id, long Seq);
