using System.Text;
using DocCheck.Normalization;
using DocCheck.Pipeline;
using DocCheck.Structure;
using DocCheck.Text;

namespace DocCheck.Reporting;

/// <summary>The human-readable output of <c>doccheck parse</c>: what DocCheck understood, with source lines.</summary>
public static class StructureTextFormatter
{
    private const int Clip = 110;

    /// <summary>Formats one document; with <paramref name="includeText"/> also the normalized text with source line numbers.</summary>
    public static string Format(AnalyzedDocument d, bool includeText)
    {
        var sb = new StringBuilder();
        var doc = d.Normalized;
        sb.Append("== ").Append(d.Path).Append(" (").Append(d.Encoding).AppendLine(")");
        for (int i = 0; i < d.Structure.Parts.Count; i++)
        {
            var p = d.Structure.Parts[i];
            sb.Append("-- Phần ").Append(i + 1).Append(": ").Append(PartName(p.Kind)).Append(" (dòng ").Append(Line(doc, p.Span.Start)).AppendLine(")");
            var h = p.Header;
            if (h.Issuer is { } iss)
            {
                if (iss.Superior is not null) Field(sb, doc, "Cơ quan chủ quản", iss.Superior, iss.Field.Span.Start);
                Field(sb, doc, "Cơ quan ban hành", iss.Issuer, iss.Field.Span.Start);
            }
            if (h.Number is { } num) Field(sb, doc, "Số, ký hiệu", num.IsBlank ? $"(để trống) {num.Display}" : num.Display, num.Field.Span.Start);
            if (h.PlaceDate is { } pd)
                Field(sb, doc, "Địa danh, ngày", $"{pd.Place ?? "(không có)"}, {DateText(pd.Date)}", pd.Field.Span.Start);
            if (h.TypeWord is { } tw) Field(sb, doc, "Loại văn bản", h.Type is { } t ? $"{tw.Text} ({t.Code})" : tw.Text, tw.Span.Start);
            if (h.Title is { } title) Field(sb, doc, "Trích yếu", title.Text, title.Span.Start);
            if (h.Authority is { } au) Field(sb, doc, "Thẩm quyền ban hành", au.Text, au.Span.Start);
            if (h.AttachedTo is { } at) Field(sb, doc, "Kèm theo", at.Text, at.Span.Start);
            foreach (var c in p.Preamble)
                Field(sb, doc, c.Kind == PreambleKind.Basis ? "Căn cứ" : c.Kind == PreambleKind.Proposal ? "Đề nghị" : "Cơ sở", c.Field.Text, c.Field.Span.Start);
            if (p.Outline.Count > 0)
            {
                sb.AppendLine("   Đề mục:");
                foreach (var n in p.Outline) Node(sb, doc, n);
            }
            foreach (var t in p.Tables)
            {
                sb.Append("   Bảng (dòng ").Append(Line(doc, t.Span.Start)).Append("): ").Append(t.Header.Count).Append(" ô tiêu đề, ")
                  .Append(t.Rows.Count).Append(" hàng").AppendLine(t.RowsAreInferred ? " (hàng được suy ra từ bố cục)" : "");
                foreach (var r in t.Rows)
                    sb.Append("     ").Append(Line(doc, r.Cells[0].Span.Start).ToString().PadLeft(5)).Append(" | ")
                      .AppendLine(Clipped(string.Join(" | ", r.Cells.Select(c => c.Text.Replace('\n', ' '))), 160));
            }
            if (p.Recipients is { } rec) Field(sb, doc, "Nơi nhận", string.Join(" ", rec.Recipients.Select(x => x.Text)), rec.Heading.Span.Start);
            if (p.Signature is { } s)
            {
                string sig = string.Join(" / ", new[] { s.Mode is null ? null : s.Mode + ".", s.OnBehalfOf, s.Position, s.Signer?.Text }.Where(x => x is not null));
                Field(sb, doc, "Ký", sig, s.Field.Span.Start);
            }
        }
        if (includeText)
        {
            sb.AppendLine("-- Văn bản đã chuẩn hóa (số dòng nguồn ở bên trái):");
            foreach (var b in doc.Blocks)
            {
                sb.Append(Line(doc, b.Span.Start).ToString().PadLeft(6)).Append(b.EndsCell ? " | " : "   ").AppendLine(doc.TextOf(b));
            }
        }
        return sb.ToString();
    }

    private static void Node(StringBuilder sb, NormalizedText doc, OutlineNode n)
    {
        sb.Append(Line(doc, n.LabelSpan.Start).ToString().PadLeft(8)).Append(' ').Append(new string(' ', 2 * (n.Depth - 1)))
          .Append(n.Label).Append(' ').AppendLine(Clipped(n.Heading.Text, Clip));
        foreach (var c in n.Children) Node(sb, doc, c);
    }

    private static void Field(StringBuilder sb, NormalizedText doc, string name, string value, int offset) =>
        sb.Append("   ").Append(name).Append(" [dòng ").Append(Line(doc, offset)).Append("]: ").AppendLine(Clipped(value, Clip));

    private static int Line(NormalizedText doc, int offset) => doc.SourcePosition(offset).Line;

    private static string Clipped(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    private static string DateText(PartialDate d)
    {
        if (d.Iso is { } iso) return iso;
        string P(int? v) => v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "__";
        return $"ngày {P(d.Day)} tháng {P(d.Month)} năm {P(d.Year)} (chưa đủ)";
    }

    private static string PartName(PartKind k) => k switch
    {
        PartKind.Main => "văn bản chính",
        PartKind.Embedded => "văn bản kèm theo",
        _ => "phụ lục",
    };
}
