namespace DocCheck.Reading.Encodings;

/// <summary>How Vietnamese a decoded text reads: the mean weight of its non-ASCII words and stray symbols.</summary>
/// <param name="Score">Mean weight in [0, 1]; 0 when there is no evidence.</param>
/// <param name="Evidence">Number of non-ASCII words and stray symbols that were weighed.</param>
internal readonly record struct VietnameseLikeness(double Score, int Evidence);
