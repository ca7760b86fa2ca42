using DocCheck.Normalization;

namespace DocCheck.Tests.Normalization;

/// <summary>How <see cref="TextNormalizer"/> (ending in <see cref="ReflowStep"/>) cuts hard-wrapped text into blocks.</summary>
public class ReflowTests
{
    private static readonly TextNormalizer Normalizer = new();

    private static string[] Blocks(string input)
    {
        var n = Normalizer.Normalize(input);
        return n.Blocks.Select(b => n.Slice(b.Span)).ToArray();
    }

    // ---- joins of hard-wrapped lines

    [Fact]
    public void A_number_wrapped_after_So_joins()
    {
        Assert.Equal(["Số: 497/KH-UBND"], Blocks("Số:\n497/KH-UBND"));
    }

    [Fact]
    public void A_wrapped_place_and_date_joins()
    {
        Assert.Equal(["Kon Tum, ngày 28 tháng 02 năm 2018"], Blocks("Kon\nTum, ngày 28\ntháng 02 năm 2018"));
    }

    [Fact]
    public void A_name_wrapped_before_its_last_word_joins()
    {
        Assert.Equal(["của Thủ tướng Chính phủ về việc phê duyệt"], Blocks("của Thủ tướng Chính\nphủ về việc phê duyệt"));
    }

    [Fact]
    public void A_roman_heading_wrapped_in_capitals_joins()
    {
        Assert.Equal(["I. MỤC ĐÍCH, YÊU CẦU"], Blocks("I. MỤC\nĐÍCH, YÊU CẦU"));
    }

    [Fact]
    public void A_label_alone_on_its_line_joins_its_text()
    {
        Assert.Equal(["1. Mục đích"], Blocks("1.\nMục đích"));
        Assert.Equal(["a) Mục tiêu cụ thể"], Blocks("a)\nMục tiêu cụ thể"));
    }

    [Fact]
    public void A_four_digit_year_at_a_line_start_is_not_a_list_label()
    {
        Assert.Equal(["giai đoạn 2016 - 2020. Kết quả đạt được"], Blocks("giai đoạn 2016 -\n2020. Kết quả đạt được"));
    }

    [Theory]
    [InlineData("chỉ đạt\n0.5 điểm", "chỉ đạt 0.5 điểm")]
    [InlineData("chỉ đạt\n0,5 điểm", "chỉ đạt 0,5 điểm")]
    [InlineData("đạt tối thiểu từ\n8.5/9 điểm", "đạt tối thiểu từ 8.5/9 điểm")]
    [InlineData("tổng kinh phí\n1.752.580.000 đồng", "tổng kinh phí 1.752.580.000 đồng")]
    public void A_decimal_or_amount_at_a_line_start_is_not_a_list_label(string input, string expected)
    {
        Assert.Equal([expected], Blocks(input));
    }

    [Fact]
    public void A_title_after_the_type_word_stays_apart_and_joins_across_its_wraps()
    {
        const string input =
            "KẾ HOẠCH\n" +
            "TRIỂN KHAI THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM NHẰM CẢI THIỆN, NÂNG\n" +
            "CAO CHỈ SỐ HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG (PAPI) VÀ CHỈ SỐ CẢI CÁCH HÀNH\n" +
            "CHÍNH (PAR INDEX) TỈNH KON TUM NĂM 2018\n" +
            "Căn cứ các Nghị quyết\n" +
            "của Chính phủ;";

        Assert.Equal(
            [
                "KẾ HOẠCH",
                "TRIỂN KHAI THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM NHẰM CẢI THIỆN, NÂNG CAO CHỈ SỐ HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG (PAPI) VÀ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX) TỈNH KON TUM NĂM 2018",
                "Căn cứ các Nghị quyết của Chính phủ;",
            ],
            Blocks(input));
    }

    [Fact]
    public void A_type_word_line_stays_its_own_block_after_a_cell()
    {
        Assert.Equal(["Kon Tum, ngày 28 tháng 02 năm 2018", "KẾ HOẠCH", "Cải cách hành chính năm 2021"],
            Blocks("Kon Tum, ngày 28 tháng 02 năm 2018\n|\nKẾ HOẠCH\nCải cách hành chính năm 2021"));
    }

    // ---- headings and header lines end their blocks

    [Theory]
    [InlineData("2. Cải cách thủ tục hành chính\nThời gian thực hiện: Quý I/2019.", "2. Cải cách thủ tục hành chính", "Thời gian thực hiện: Quý I/2019.")]
    [InlineData("Điều 1. Phạm vi điều chỉnh\nThông tư này quy định chế độ báo cáo.", "Điều 1. Phạm vi điều chỉnh", "Thông tư này quy định chế độ báo cáo.")]
    [InlineData("1.\nMục đích\nNâng cao chất lượng.", "1. Mục đích", "Nâng cao chất lượng.")]
    public void A_numbered_heading_without_final_punctuation_ends_at_its_line(string input, string heading, string next)
    {
        Assert.Equal([heading, next], Blocks(input));
    }

    [Theory]
    [InlineData("a) Trách nhiệm thi hành của\nỦy ban nhân dân tỉnh.")]              // a phrase goes on
    [InlineData("1.2. Phó Giám đốc Sở do Chủ tịch\nỦy ban nhân dân tỉnh bổ nhiệm.")]  // inside a name
    [InlineData("6. Lịch sử xuất hiện tại Việt\nNam và các nước.")]
    [InlineData("b) Bộ trưởng\nBộ Văn hóa, Thể thao và Du lịch chịu trách nhiệm.")] // an office waits for its body
    [InlineData("4.6. Văn phòng\nTrung ương Đảng phối hợp theo dõi.")]                  // the head of a body's name
    [InlineData("5. Bổ sung khoản 3\nĐiều 22 như sau:")]                              // a pinpoint goes on
    [InlineData("Điều 2. Bãi bỏ toàn bộ\nQuyết định số 35/2015/QĐ-UBND ngày 17/12/2015.")] // the object of the verb
    [InlineData("2. Quyết định này thay thế\nQuyết định số 15/2014/QĐ-UBND ngày 02/7/2014.")]
    [InlineData("2. Quy trình nội bộ giải quyết\nTTHC tại Phụ lục II.")]             // an acronym is no sentence start
    [InlineData("Điều 10. Chấm dứt\nHợp đồng\n\nHợp đồng chấm dứt khi hết hạn.")]   // the rest of the heading
    public void A_numbered_line_that_goes_on_still_joins(string input)
    {
        Assert.StartsWith(input[..input.IndexOf('\n')] + " ", Blocks(input)[0]);
    }

    [Fact]
    public void A_numbered_task_in_a_table_cell_joins_across_its_wraps()
    {
        Assert.Equal(["Thông tư số 26/2019/TT-BTC", "8.2. Nâng cấp Phần mềm đánh giá các chỉ số", "01"],
            Blocks("Thông tư số 26/2019/TT-BTC\n|\n8.2. Nâng cấp\nPhần mềm đánh giá các chỉ số\n|\n01\n|"));
    }

    [Fact]
    public void Where_the_text_shows_its_wrap_width_a_full_heading_line_is_a_wrap()
    {
        // A paragraph hard-wrapped at about 62 characters: its lines go on in lower case.
        string wrapped = "Trong năm, " + string.Concat(Enumerable.Repeat("các cơ quan, đơn vị tiếp tục triển khai thực hiện nhiệm vụ và\n", 6)) + "báo cáo.\n";

        Assert.Equal("1. Tổ chức thực hiện nhiệm vụ cải cách hành chính của tỉnh nhà Người dân, doanh nghiệp được phục vụ.",
            Blocks(wrapped + "1. Tổ chức thực hiện nhiệm vụ cải cách hành chính của tỉnh nhà\nNgười dân, doanh nghiệp được phục vụ.")[^1]);
        Assert.Equal(["2. Cải cách thủ tục hành chính", "Người dân, doanh nghiệp được phục vụ."],
            Blocks(wrapped + "2. Cải cách thủ tục hành chính\nNgười dân, doanh nghiệp được phục vụ.")[^2..]);
    }

    [Fact]
    public void The_motto_ends_its_block_so_the_place_and_date_stand_apart()
    {
        Assert.Equal(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Kon Tum, ngày 05 tháng 3 năm 2018"],
            Blocks("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKon Tum, ngày 05 tháng 3 năm 2018"));
        Assert.Equal(["Độc lập - Tự do - Hạnh phúc", "Lâm Đồng, ngày 04 tháng 9 năm 2025"],
            Blocks("Độc lập - Tự do -\nHạnh phúc\nLâm Đồng, ngày 04 tháng 9 năm 2025"));
    }

    // ---- structural starts break

    [Fact]
    public void A_dash_item_after_a_sentence_starts_a_block()
    {
        Assert.Equal(["của các cơ quan, đơn vị.", "- Tiếp tục giữ vững"], Blocks("của các cơ quan, đơn vị.\n- Tiếp tục giữ vững"));
    }

    [Fact]
    public void A_roman_heading_after_a_semicolon_starts_a_block()
    {
        Assert.Equal(["giai đoạn 2016-2020;", "II. NHIỆM VỤ, GIẢI PHÁP"], Blocks("giai đoạn 2016-2020;\nII. NHIỆM VỤ, GIẢI PHÁP"));
    }

    [Fact]
    public void Letter_items_start_blocks()
    {
        Assert.Equal(["a) Sở Y tế:", "b) Sở Giáo dục và Đào tạo:"], Blocks("a) Sở Y tế:\nb) Sở Giáo dục và Đào tạo:"));
        Assert.Equal(["a) x", "b) y"], Blocks("a) x\nb) y"));
    }

    [Fact]
    public void A_plus_item_starts_a_block_even_after_an_unfinished_line()
    {
        Assert.Equal(["- Sở Nội vụ", "+ Chủ trì, phối hợp"], Blocks("- Sở Nội vụ\n+ Chủ trì, phối hợp"));
    }

    [Fact]
    public void An_article_alone_then_a_numbered_clause_gives_two_blocks()
    {
        Assert.Equal(["Điều 2.", "1. Giám đốc các sở"], Blocks("Điều 2.\n1. Giám đốc các sở"));
    }

    [Fact]
    public void Each_Can_cu_line_starts_a_block()
    {
        Assert.Equal(
            ["Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 6 năm 2015", "Căn cứ Nghị định số 61/2018/NĐ-CP;"],
            Blocks("Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 6\nnăm 2015\nCăn cứ Nghị định số 61/2018/NĐ-CP;"));
        Assert.Equal(["Căn cứ Luật A;", "Căn cứ Nghị định B;"], Blocks("Căn cứ Luật A;\nCăn cứ Nghị định B;"));
    }

    [Fact]
    public void Noi_nhan_starts_a_block_and_its_items_follow()
    {
        Assert.Equal(
            ["triển khai thực hiện", "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, TH2."],
            Blocks("triển khai thực hiện\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT, TH2."));
    }

    [Fact]
    public void A_signature_block_splits_into_authority_position_and_name()
    {
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Hòa"], Blocks("TM.\nỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Hòa"));
    }

    [Fact]
    public void A_deputy_signature_block_splits_per_line()
    {
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Mạnh Hùng"],
            Blocks("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Mạnh Hùng"));
    }

    [Fact]
    public void Quyet_dinh_colon_closes_its_block()
    {
        Assert.Equal(["QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này"], Blocks("QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này"));
    }

    // ---- blank lines, rules, cells

    [Theory]
    [InlineData("đoạn một\n\nđoạn hai")]
    [InlineData("đoạn một\n   \t\nđoạn hai")]
    [InlineData("đoạn một\n\n\n\nđoạn hai")]
    public void A_blank_line_ends_a_paragraph(string input)
    {
        Assert.Equal(["đoạn một", "đoạn hai"], Blocks(input));
    }

    [Fact]
    public void Blank_lines_at_the_ends_make_no_blocks()
    {
        Assert.Equal(["Số: 497/KH-UBND"], Blocks("\n\n  Số: 497/KH-UBND  \n\n"));
        Assert.Empty(Blocks(""));
        Assert.Empty(Blocks("\n \n"));
    }

    [Fact]
    public void Pipe_lines_end_cells_and_consecutive_pipes_give_empty_cells()
    {
        var n = Normalizer.Normalize("ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\n|\nSố: 497/KH-UBND");
        var blocks = n.Blocks;

        Assert.Equal(4, blocks.Count);
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH KON TUM", n.Slice(blocks[0].Span));
        Assert.True(blocks[0].EndsCell);
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", n.Slice(blocks[1].Span));
        Assert.True(blocks[1].EndsCell);
        Assert.Equal(0, blocks[2].Span.Length);
        Assert.True(blocks[2].EndsCell);
        Assert.Equal("Số: 497/KH-UBND", n.Slice(blocks[3].Span));
        Assert.False(blocks[3].EndsCell);
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH KON TUM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 497/KH-UBND", n.Text);
        Assert.Equal([0, 1, 2, 3], blocks.Select(b => b.Index));
    }

    [Fact]
    public void A_pipe_at_the_very_start_is_an_empty_cell()
    {
        var n = Normalizer.Normalize("|\nKẾ HOẠCH");

        Assert.Equal(2, n.Blocks.Count);
        Assert.Equal(new DocCheck.Text.TextSpan(0, 0), n.Blocks[0].Span);
        Assert.True(n.Blocks[0].EndsCell);
        Assert.Equal("KẾ HOẠCH", n.Slice(n.Blocks[1].Span));
    }

    [Fact]
    public void A_rule_line_before_a_pipe_still_lets_the_pipe_end_the_previous_block()
    {
        var n = Normalizer.Normalize("ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n---------------\n|");

        Assert.Equal(["ỦY BAN NHÂN DÂN TỈNH KON TUM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], n.Blocks.Select(b => n.Slice(b.Span)));
        Assert.All(n.Blocks, b => Assert.True(b.EndsCell));
        Assert.DoesNotContain("-", n.Text);
    }

    [Fact]
    public void A_rule_line_alone_ends_a_paragraph_and_disappears()
    {
        Assert.Equal(["đoạn một", "đoạn hai"], Blocks("đoạn một\n_____\nđoạn hai"));
    }

    [Fact]
    public void Markdown_rows_become_cells_and_the_separator_row_disappears()
    {
        var n = Normalizer.Normalize("| TT | Nội dung |\n|---|:---:|\n| 1 | Rà soát TTHC |");
        var blocks = n.Blocks;

        Assert.Equal(["TT", "Nội dung", "1", "Rà soát TTHC"], blocks.Select(b => n.Slice(b.Span)));
        Assert.All(blocks, b => Assert.True(b.EndsCell));
        Assert.Equal([true, false, true, false], blocks.Select(b => b.StartsRow));
        Assert.DoesNotContain("-", n.Text);
        Assert.DoesNotContain("|", n.Text);
    }

    [Fact]
    public void An_empty_markdown_cell_is_a_length_zero_block()
    {
        var n = Normalizer.Normalize("| a |  | b |");

        Assert.Equal(["a", "", "b"], n.Blocks.Select(b => n.Slice(b.Span)));
        Assert.Equal(0, n.Blocks[1].Span.Length);
    }

    // ---- whitespace and line breaks

    [Fact]
    public void Whitespace_runs_and_tabs_collapse_to_one_space()
    {
        Assert.Equal(["Kon Tum, ngày 28 tháng 02"], Blocks("Kon   Tum,\t\tngày \t 28\u00A0\u00A0tháng 02  "));
    }

    [Fact]
    public void Wrapping_leaves_a_single_space_even_with_trailing_blanks()
    {
        Assert.Equal(["của Thủ tướng Chính phủ"], Blocks("của Thủ tướng Chính   \n\t  phủ"));
    }

    [Fact]
    public void CRLF_and_CR_input_behave_like_LF()
    {
        const string lf =
            "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n-------\n|\nSố:\n497/KH-UBND\n|\nKẾ HOẠCH\nTRIỂN KHAI\nTHỰC HIỆN\n\n" +
            "I. MỤC\nĐÍCH\n1.\nMục đích\n- Nâng cao\nnhận thức.\n- Tiếp tục;\nNơi nhận:\n- Lưu: VT.\n|\nTM.\nỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Hòa\n";
        var expected = Normalizer.Normalize(lf);

        foreach (string breakText in new[] { "\r\n", "\r" })
        {
            var actual = Normalizer.Normalize(lf.Replace("\n", breakText));
            Assert.Equal(expected.Text, actual.Text);
            Assert.Equal(expected.Blocks.Select(b => (b.Span, b.EndsCell, b.StartsRow)), actual.Blocks.Select(b => (b.Span, b.EndsCell, b.StartsRow)));
        }
    }

    // ---- known issues

    [Fact]
    public void A_label_and_acronym_line_joins_its_lower_case_continuation()
    {
        Assert.Equal(["2. UBND các huyện, thành phố chủ trì thực hiện"], Blocks("2. UBND\ncác huyện, thành phố chủ trì thực hiện"));
        Assert.Equal(["- UBND tỉnh chỉ đạo"], Blocks("- UBND\ntỉnh chỉ đạo"));
    }

    [Fact]
    public void A_wrapped_reference_to_an_annex_joins()
    {
        Assert.Equal(["Chi tiết tại Phụ lục II kèm theo Kế hoạch này."], Blocks("Chi tiết tại\nPhụ lục II kèm theo Kế hoạch này."));
    }

    [Fact]
    public void Markdown_bullets_start_blocks()
    {
        string[] blocks = Blocks("Thành phần gồm:\n* Chủ tịch UBND xã\n* Công chức Văn phòng – Thống kê");

        Assert.Equal(3, blocks.Length);
        Assert.EndsWith("Chủ tịch UBND xã", blocks[1]);
        Assert.EndsWith("Công chức Văn phòng – Thống kê", blocks[2]);
    }
}
