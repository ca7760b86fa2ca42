using DocCheck.Pipeline;

namespace DocCheck.Tests.Pipeline;

/// <summary>The facts only rules read are found once, on first use, whichever thread asks.</summary>
public class AnalyzedDocumentTests
{
    private const string Text =
        "I. MỤC ĐÍCH\n1. Đẩy mạnh công tác CCHC …… trên địa bàn.\n2. Cải thiện các Chỉ số PAPI, PCI, SIPAS.\n" +
        "II. NHIỆM VỤ\nTuyên truyền về cải cách hành chính (CCHC); thực hiện điểm 3 Mục I; Phân đấu nâng cao cả 02 Chỉ số này.\n";

    [Fact]
    public void Concurrent_readers_get_one_list_per_fact()
    {
        for (int round = 0; round < 20; round++)
        {
            var doc = new DocumentAnalyzer().Analyze(Text);
            var seen = new object[8][];
            Parallel.For(0, seen.Length, i => seen[i] =
                [doc.InternalReferences, doc.Abbreviations, doc.StatedCounts, doc.Misspellings, doc.Placeholders, doc.EncodingTraces]);
            foreach (var s in seen) Assert.Equal(seen[0], s, ReferenceEqualityComparer.Instance);
        }
    }

    [Fact]
    public void The_facts_are_found()
    {
        var doc = new DocumentAnalyzer().Analyze(Text);
        Assert.Single(doc.InternalReferences);
        Assert.Single(doc.Abbreviations);
        Assert.Single(doc.StatedCounts);
        Assert.Single(doc.Misspellings);
        Assert.Single(doc.Placeholders);
        Assert.Empty(doc.EncodingTraces);
    }

    [Fact]
    public void A_copy_with_other_metadata_shares_them()
    {
        var doc = new DocumentAnalyzer().Analyze(Text);
        var copy = doc with { Metadata = null };
        Assert.Same(doc.StatedCounts, copy.StatedCounts);
    }
}
