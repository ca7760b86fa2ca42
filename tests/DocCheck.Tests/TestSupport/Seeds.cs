using DocCheck.Pipeline;

namespace DocCheck.Tests.TestSupport;

/// <summary>The five seed documents as they are bundled in corpus/, analyzed once per test run.</summary>
public static class Seeds
{
    public const string KonTum497 = "kontum-2018-497-KH-UBND.txt";
    public const string TayNinh2818 = "tayninh-2020-2818-QD-UBND.txt";
    public const string NgheAnDeCuong = "nghean-2018-QD-UBND-de-cuong-CCHC.txt";
    public const string BaGiangDraft = "bagiang-2023-draft-KH-UBND.txt";
    public const string KonTum51 = "kontum-2018-KH-trien-khai-51-CTr-TU.txt";

    public static readonly string[] All = [KonTum497, TayNinh2818, NgheAnDeCuong, BaGiangDraft, KonTum51];

    private static readonly Dictionary<string, AnalyzedDocument> Cache = new();
    private static readonly DocumentAnalyzer Analyzer = new();

    /// <summary>The analyzed seed.</summary>
    public static AnalyzedDocument Get(string name)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(name, out var d)) return d;
            var r = Analyzer.AnalyzeFile(RepoPaths.CorpusFile(name));
            Assert.True(r.Success, r.Error?.Describe("en"));
            Cache[name] = r.Document!;
            return r.Document!;
        }
    }
}
