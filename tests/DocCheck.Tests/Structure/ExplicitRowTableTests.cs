using DocCheck.Pipeline;

namespace DocCheck.Tests.Structure;

/// <summary>Tables whose rows are marked: the "||" row lines readers write, and Markdown rows.</summary>
public class ExplicitRowTableTests
{
    private static DocCheck.Structure.Table OnlyTable(string text)
    {
        var doc = new DocumentAnalyzer().Analyze(text);
        return Assert.Single(doc.Structure.Parts.SelectMany(p => p.Tables));
    }

    [Fact]
    public void Row_marks_give_exact_rows_and_a_header()
    {
        var t = OnlyTable("KẾ HOẠCH\nThử nghiệm\nI. NHIỆM VỤ\n||\nSTT\n|\nNội dung\n|\nKinh phí\n|\n||\n1\n|\nViệc A\nhai đoạn\n|\n10.000.000\n|\n||\n2\n|\n|\n20.000.000\n|\n");
        Assert.False(t.RowsAreInferred);
        Assert.Equal(["STT", "Nội dung", "Kinh phí"], t.Header.Select(c => c.Text));
        Assert.Equal(2, t.Rows.Count);
        Assert.Equal(["1", "Việc A hai đoạn", "10.000.000"], t.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(["2", "", "20.000.000"], t.Rows[1].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Markdown_rows_are_explicit_rows()
    {
        var t = OnlyTable("KẾ HOẠCH\nThử nghiệm\nI. NHIỆM VỤ\n| STT | Nội dung |\n|---|---|\n| 1 | Việc A |\n| 2 | Việc B |\n");
        Assert.False(t.RowsAreInferred);
        Assert.Equal(["STT", "Nội dung"], t.Header.Select(c => c.Text));
        Assert.Equal([["1", "Việc A"], ["2", "Việc B"]], t.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()).ToArray());
    }

    [Fact]
    public void A_table_a_few_paragraphs_after_another_is_its_own_table()
    {
        // Two tables with a short paragraph between them (an annex heading): both are kept, each with its own rows.
        var doc = new DocumentAnalyzer().Analyze(
            "KẾ HOẠCH\nThử nghiệm\nI. NHIỆM VỤ\n||\nSTT\n|\nViệc\n|\n||\n1\n|\nViệc A\n|\n||\n2\n|\nViệc B\n|\n" +
            "PHỤ LỤC\nPhân công\n||\nTT\n|\nĐơn vị\n|\n||\n1\n|\nSở Nội vụ\n|\n||\n2\n|\nSở Tư pháp\n|\n");
        var tables = doc.Structure.Parts.SelectMany(p => p.Tables).ToList();
        Assert.Equal(2, tables.Count);
        Assert.Equal(["STT", "Việc"], tables[0].Header.Select(c => c.Text));
        Assert.Equal(2, tables[0].Rows.Count);
        Assert.Equal(["TT", "Đơn vị"], tables[1].Header.Select(c => c.Text));
        Assert.Equal(2, tables[1].Rows.Count);
    }
}
