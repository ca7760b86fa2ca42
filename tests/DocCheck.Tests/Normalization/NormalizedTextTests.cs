using DocCheck.Normalization;
using DocCheck.Text;

namespace DocCheck.Tests.Normalization;

/// <summary>End to end: spans of the normalized text quote and locate the original source.</summary>
public class NormalizedTextTests
{
    private static readonly TextNormalizer Normalizer = new();

    private static TextSpan Find(NormalizedText n, string s)
    {
        int i = n.Text.IndexOf(s, StringComparison.Ordinal);
        Assert.True(i >= 0, $"\"{s}\" not in \"{n.Text}\"");
        return new TextSpan(i, s.Length);
    }

    [Fact]
    public void A_number_joined_across_a_wrap_quotes_and_locates_its_source_line()
    {
        var n = Normalizer.Normalize(new SourceText("kh.txt", "|\nSố:\r\n497/KH-UBND\r\n|"));

        var span = Find(n, "497/KH-UBND");

        Assert.Equal("497/KH-UBND", n.Quote(span));
        Assert.Equal(new LinePosition(3, 1), n.SourcePosition(span.Start));
        Assert.Equal("Số:\r\n497/KH-UBND", n.Quote(Find(n, "Số: 497/KH-UBND")));
    }

    [Fact]
    public void Every_step_composes_back_to_the_source_text()
    {
        const string source = "- Tỉnh **Hoà Bình**, Vie\u0323\u0302t\u00A0Nam,\n\u00D0iều\u200B chỉnh  thuỷ lợi";
        var n = Normalizer.Normalize(source);

        Assert.Equal("- Tỉnh Hòa Bình, Việt Nam, Điều chỉnh thủy lợi", n.Text);
        Assert.Equal("Hoà Bình", n.Quote(Find(n, "Hòa Bình")));
        Assert.Equal("Vie\u0323\u0302t", n.Quote(Find(n, "Việt")));
        Assert.Equal("Vie\u0323\u0302t\u00A0Nam", n.Quote(Find(n, "Việt Nam")));
        Assert.Equal("\u00D0iều", n.Quote(Find(n, "Điều")));
        Assert.Equal("Nam,\n\u00D0iều\u200B chỉnh", n.Quote(Find(n, "Nam, Điều chỉnh")));
        Assert.Equal("thuỷ", n.Quote(Find(n, "thủy")));
        Assert.Equal(new LinePosition(2, 1), n.SourcePosition(Find(n, "Điều").Start));
        Assert.Equal(source, n.Quote(new TextSpan(0, n.Text.Length)));
    }

    [Fact]
    public void The_end_of_the_normalized_text_maps_to_the_end_of_the_source()
    {
        var n = Normalizer.Normalize("Nơi nhận:\n- Lưu: VT.\n\n|\n");

        Assert.Equal(n.Source.Text.Length, n.ToSource(new TextSpan(n.Text.Length, 0)).Start);
    }

    [Fact]
    public void ReflowStep_Apply_returns_the_same_text_and_map_as_Reflow()
    {
        var step = new ReflowStep();
        const string input = "Số:\n497/KH-UBND\n|\nKon\nTum";

        var applied = step.Apply(input);
        var reflowed = step.Reflow(input);

        Assert.Equal("reflow", step.Name);
        Assert.Equal(reflowed.Text, applied.Text);
        Assert.Equal("Số: 497/KH-UBND\nKon Tum", applied.Text);
        for (int i = 0; i <= applied.Text.Length; i++) Assert.Equal(reflowed.Map.MapStart(i), applied.Map.MapStart(i));
    }
}
