using DocCheck.Pipeline;
using DocCheck.Structure;
using DocCheck.Text;
using DocCheck.Tests.TestSupport;

namespace DocCheck.Tests.Structure;

/// <summary>The header's place and date keeps where its day, month and year and their words are written.</summary>
public class PlaceDateTests
{
    private const string Top = "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n";
    private const string Rest = "KẾ HOẠCH\nCải cách hành chính năm 2018\nI. MỤC ĐÍCH\nNâng cao chất lượng.\n";

    private static (PlaceDate PlaceDate, string Text) Parse(string numberAndDate)
    {
        var doc = new DocumentAnalyzer().Analyze(Top + numberAndDate + "\n" + Rest);
        var pd = doc.Structure.Header.PlaceDate;
        Assert.NotNull(pd);
        return (pd!, doc.Normalized.Text);
    }

    private static string? Quote(string text, TextSpan? span) => span is { } s ? text.Substring(s.Start, s.Length) : null;

    // Word and number of day, month and year as written, "-" where absent: "ngày 28 tháng 02 năm 2018".
    private static string Parts(string text, PlaceDate pd) => string.Join(" ",
        new[] { pd.Day, pd.Month, pd.Year }.SelectMany(p => new[] { p.Word, p.Number }).Select(s => Quote(text, s) ?? "-"));

    [Theory]
    [InlineData("Số: 497/KH-UBND\nKon Tum, ngày 28 tháng 02 năm 2018", "ngày 28 tháng 02 năm 2018")]
    [InlineData("Số: 497/KH-UBND\nKon Tum, ngày 5 tháng 3 năm 2018", "ngày 5 tháng 3 năm 2018")]
    [InlineData("Số: 497/KH-UBND\nKON TUM, NGÀY 05 THÁNG 3 NĂM 2018", "NGÀY 05 THÁNG 3 NĂM 2018")]
    [InlineData("Số: 497/KH-UBND\nKon Tum, ngày 5/ tháng 3/ năm 2018", "ngày 5 tháng 3 năm 2018")]
    [InlineData("Số: 497/KH-UBND\nngày5 tháng 3 năm 2018", "ngày 5 tháng 3 năm 2018")]
    [InlineData("Số: 497/KH-UBND Kon Tum, ngày 07 tháng 8 năm 2017", "ngày 07 tháng 8 năm 2017")] // after the number, in its block
    public void Spans_cover_each_word_and_number_as_written(string numberAndDate, string parts)
    {
        var (pd, text) = Parse(numberAndDate);
        Assert.Equal(parts, Parts(text, pd));
    }

    [Fact]
    public void A_blank_part_keeps_its_word_and_has_no_number()
    {
        var (pd, text) = Parse("Số:      /KH-UBND\nKon Tum, ngày      tháng 3 năm 2018");
        Assert.Equal("ngày - tháng 3 năm 2018", Parts(text, pd));
        Assert.Null(pd.Date.Day);
    }

    [Fact]
    public void A_blank_year_keeps_its_word_and_has_no_number()
    {
        var (pd, text) = Parse("Số:      /KH-UBND\nKon Tum, ngày … tháng … năm");
        Assert.Equal("ngày - tháng - năm -", Parts(text, pd));
    }

    [Fact]
    public void Spans_lie_inside_the_field()
    {
        foreach (string name in Seeds.All)
        {
            var pd = Seeds.Get(name).Structure.Header.PlaceDate;
            if (pd is null) continue;
            foreach (var part in new[] { pd.Day, pd.Month, pd.Year })
                foreach (var span in new[] { part.Word, part.Number })
                    if (span is { } s) Assert.True(s.Start >= pd.Field.Span.Start && s.End <= pd.Field.Span.End, $"{name}: {s} outside {pd.Field.Span}");
            Assert.NotNull(pd.Day.Word);
        }
    }

    [Fact]
    public void Seed_KonTum497_date_parts()
    {
        var doc = Seeds.Get(Seeds.KonTum497);
        var pd = doc.Structure.Header.PlaceDate!;
        Assert.Equal("ngày 28 tháng 02 năm 2018", Parts(doc.Normalized.Text, pd));
    }
}

/// <summary>A PDF text's header whose blank lines hold a space: the number and place-date stay in the motto's block.</summary>
public class PlaceDateInTheMottosBlockTests
{
    [Fact]
    public void Number_and_place_date_after_the_motto_in_its_block_are_read()
    {
        string text = "BỘ TÀI CHÍNH \n \nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \nĐộc lập - Tự do - Hạnh phúc  \n \nSố: 41/2026/TT-BTC \n"
            + "Hà Nội, ngày 06 tháng 4 năm 2026 \nKý bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTHÔNG TƯ\nHướng dẫn kê khai thuế\n"
            + "Căn cứ Luật Quản lý thuế;\nĐiều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn kê khai.\n";
        var header = new DocumentAnalyzer().Analyze(text).Structure.Header;
        Assert.Equal("41/2026/TT-BTC", header.Number?.Display);
        Assert.Equal(new DateOnly(2026, 4, 6), header.PlaceDate?.Date.Value);
    }
}
