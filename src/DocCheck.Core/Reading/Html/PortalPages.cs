using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace DocCheck.Reading.Html;

/// <summary>
/// What DocCheck knows of the saved pages of the two legal portals: where the document's own text is, and where
/// the property panel and the relationship diagram (lược đồ) are.
/// </summary>
/// <remarks>
/// thuvienphapluat.vn: the Vietnamese text is <c>#divContentDoc .content1</c> (inside tab <c>#tab1</c>; the English
/// translation is the second <c>.content1</c>, in <c>#tab2</c>); the panel is the table in <c>#divThuocTinh</c>
/// (label cells "Số hiệu:", "Loại văn bản:", "Nơi ban hành:", "Người ký:", "Ngày ban hành:", "Ngày hiệu lực:",
/// "Tình trạng:"; "Đã biết" and "Đang cập nhật" stand for values shown only to members); the lược đồ tab is
/// <c>#tab4</c>, filled into <c>#loadluocdo</c> for members only.
/// vbpl.vn: every page has <c>.box-tab-vb</c> with a breadcrumb (<c>.box-map</c>, last item "Bộ luật 101/2015/QH13")
/// and <c>.content</c>: toàn văn pages hold <c>.fulltext</c> with the status list <c>.vbInfo</c> ("Hiệu lực:",
/// "Ngày có hiệu lực:"), the header tables and <c>#toanvancontent</c>; thuộc tính pages hold <c>.vbProperties</c>
/// (cells <c>td.label</c>: "Số ký hiệu", "Ngày ban hành", "Loại văn bản", "Ngày có hiệu lực", "Cơ quan ban hành/
/// Chức danh / Người ký"; <c>td.title</c>: the title and "Tình trạng hiệu lực: …"); lược đồ pages hold
/// <c>.vbLuocDo</c> with one <c>div.luocdo</c> box per relation (title in <c>.title</c>, entries
/// <c>a.jTips</c>); a consolidated text's lược đồ has <c>div.w</c> boxes (<c>#VBGoc</c> the consolidated law,
/// <c>*_bs</c> its amendments, <c>*_hn</c> the consolidation itself); "VB liên quan" pages hold
/// <c>.vbLienQuan</c> rows of a <c>td.label</c> and a <c>ul.listVB</c>.
/// </remarks>
internal static class PortalPages
{
    public const string Tvpl = "thuvienphapluat.vn";
    public const string Vbpl = "vbpl.vn";

    /// <summary>The portal a page comes from, or null.</summary>
    public static string? PortalOf(IHtmlDocument doc)
    {
        if (doc.QuerySelector("#divThuocTinh, #divContentDoc, #ctl00_Content_ThongTinVB_divNoiDung") is not null) return Tvpl;
        if (doc.QuerySelector(".box-tab-vb, #toanvancontent, .vbProperties, .vbLuocDo") is not null) return Vbpl;
        return null;
    }

    /// <summary>The element holding the document's own content, or null when the page has none DocCheck knows.</summary>
    public static IElement? ContentRoot(IHtmlDocument doc, string? portal)
    {
        if (portal == Tvpl)
        {
            var vn = doc.QuerySelector("#divContentDoc");
            if (vn is not null) return vn.QuerySelector(".content1") ?? vn;
            return doc.QuerySelector("#tab1 .content1");
        }
        if (portal == Vbpl)
        {
            var full = doc.QuerySelector("#toanvancontent");
            if (full is not null) return full.Closest(".fulltext") ?? full;
            return doc.QuerySelector(".box-tab-vb > .content") ?? doc.QuerySelector(".box-tab-vb");
        }
        return null;
    }

    /// <summary>Elements inside a portal's content area that are not the document (status lists, tools).</summary>
    public static bool IsPortalChrome(IElement el)
    {
        var cl = el.ClassList;
        return cl.Contains("vbInfo") || cl.Contains("vbTools") || cl.Contains("__mucluc") || cl.Contains("NoiDungChiaSe")
            || cl.Contains("qLink") || el.Id == "divShowDialogDownload";
    }

    /// <summary>The property panel and lược đồ of a portal page, or null when the page has neither.</summary>
    public static DocumentMetadata? Metadata(IHtmlDocument doc, string? portal)
    {
        var m = portal switch
        {
            Tvpl => TvplMetadata(doc),
            Vbpl => VbplMetadata(doc),
            _ => null,
        };
        if (m is null) return null;
        bool empty = m.NumberSymbol is null && m.DocumentType is null && m.IssueDate is null && m.EffectiveDate is null
            && m.Issuer is null && m.Signer is null && m.Title is null && m.Status is null && m.Relations.Count == 0;
        return empty ? null : m;
    }

    // ---- thuvienphapluat.vn -------------------------------------------------------------------------

    private static DocumentMetadata TvplMetadata(IHtmlDocument doc)
    {
        var fields = new Fields();
        var panel = doc.QuerySelector("#divThuocTinh");
        if (panel is not null)
        {
            ReadLabelledTable(panel, fields);
            fields.Title ??= PortalRelations.Value(panel.QuerySelector("h1")?.TextContent);
        }
        // The lược đồ tab (members only): headings naming a relation, each followed by links to instruments.
        var relations = new List<RelatedInstrument>();
        foreach (var tab in doc.QuerySelectorAll("#tab4, #loadluocdo"))
        {
            if (tab.Id == "loadluocdo" && tab.Closest("#tab4") is not null) continue;
            relations.AddRange(HeadingListRelations(tab));
        }
        return fields.ToMetadata(Tvpl, Distinct(relations));
    }

    // ---- vbpl.vn ------------------------------------------------------------------------------------

    private static DocumentMetadata VbplMetadata(IHtmlDocument doc)
    {
        var fields = new Fields();
        var props = doc.QuerySelector(".vbProperties");
        if (props is not null)
        {
            ReadLabelledTable(props, fields);
            var title = props.QuerySelector("td.title");
            if (title is not null && !title.TextContent.Contains(':')) fields.Title ??= PortalRelations.Value(title.TextContent);
        }
        foreach (var li in doc.QuerySelectorAll(".vbInfo li"))
        {
            string label = li.QuerySelector("span")?.TextContent ?? "";
            string value = li.TextContent;
            if (label.Length > 0) value = value.Replace(label, "", StringComparison.Ordinal);
            if (PortalRelations.Clean(label).Length == 0)
            {
                // "Hiến pháp Không số" / "Luật 31/VBHN-VPQH": type and number.
                var (type, number, _) = PortalRelations.ParseEntry(value);
                fields.Type ??= type;
                fields.Number ??= number;
                continue;
            }
            fields.Set(label, value);
        }
        // Breadcrumb: "… » Bộ luật 101/2015/QH13".
        var crumb = doc.QuerySelectorAll(".box-tab-vb .box-map li").LastOrDefault();
        if (crumb is not null)
        {
            var (type, number, _) = PortalRelations.ParseEntry(crumb.TextContent);
            fields.Type ??= type;
            fields.Number ??= number;
        }

        var relations = new List<RelatedInstrument>();
        foreach (var box in doc.QuerySelectorAll(".vbLuocDo div.luocdo"))
        {
            var titleEl = box.QuerySelector(".title, .titleht");
            string label = PortalRelations.Clean(titleEl?.TextContent ?? "");
            var entries = box.QuerySelectorAll(".content li a.jTips").Select(a => a.TextContent).ToList();
            var relation = PortalRelations.FromLabel(label);
            if (relation is null)
            {
                // "Văn bản hiện thời": the page's own document.
                if (label.Contains("hiện thời", StringComparison.OrdinalIgnoreCase) && entries.Count > 0)
                {
                    var (type, number, title) = PortalRelations.ParseEntry(entries[0]);
                    fields.Type ??= type;
                    fields.Number ??= number;
                    fields.Title ??= title;
                }
                continue;
            }
            foreach (string e in entries)
            {
                var (_, number, title) = PortalRelations.ParseEntry(e);
                relations.Add(new RelatedInstrument(label, relation.Value, number, EntryTitle(e, number, title), null));
            }
        }
        // A consolidated text's lược đồ: the consolidated law and its amendments, both merged into this text.
        foreach (var box in doc.QuerySelectorAll("#main div.w"))
        {
            string id = box.Id ?? "";
            if (id.EndsWith("_hn", StringComparison.Ordinal)) continue;
            string label = id == "VBGoc" ? "Văn bản được hợp nhất" : id.EndsWith("_bs", StringComparison.Ordinal) ? "Văn bản sửa đổi, bổ sung được hợp nhất" : "";
            if (label.Length == 0) continue;
            foreach (var a in box.QuerySelectorAll("li a"))
            {
                string text = a.TextContent;
                var dateSpan = a.QuerySelector("span")?.TextContent;
                int cut = text.IndexOf("Ngày", StringComparison.Ordinal);
                string entry = cut > 0 ? text[..cut] : text;
                var (_, number, title) = PortalRelations.ParseEntry(entry);
                relations.Add(new RelatedInstrument(label, PortalRelation.Consolidates, number, EntryTitle(entry, number, title), PortalRelations.Date(dateSpan)));
            }
        }
        // "VB liên quan": rows of a relation label and a list of instruments with their dates.
        foreach (var row in doc.QuerySelectorAll(".vbLienQuan tr"))
        {
            var labelCell = row.QuerySelector("td.label");
            if (labelCell is null) continue;
            string label = PortalRelations.Clean(labelCell.TextContent);
            var relation = PortalRelations.FromLabel(label);
            if (relation is null) continue;
            foreach (var item in row.QuerySelectorAll("ul.listVB > li"))
            {
                string entry = item.QuerySelector(".title")?.TextContent ?? "";
                var (_, number, title) = PortalRelations.ParseEntry(entry);
                DateOnly? issued = null;
                foreach (var info in item.QuerySelectorAll("ul.info li"))
                    if (info.TextContent.Contains("ban hành", StringComparison.OrdinalIgnoreCase)) issued = PortalRelations.Date(info.TextContent);
                relations.Add(new RelatedInstrument(label, relation.Value, number, EntryTitle(entry, number, title), issued));
            }
        }
        return fields.ToMetadata(Vbpl, Distinct(relations));
    }

    // ---- shared -------------------------------------------------------------------------------------

    /// <summary>The title of a diagram entry: what follows its number, or the whole entry when it has neither.</summary>
    private static string? EntryTitle(string entry, string? number, string? title) =>
        number is null && title is null ? PortalRelations.Value(entry) : title;

    /// <summary>Reads "label | value" cells of a property table into <paramref name="fields"/>.</summary>
    private static void ReadLabelledTable(IElement panel, Fields fields)
    {
        foreach (var row in panel.QuerySelectorAll("tr"))
        {
            var cells = row.Children.Where(c => c.LocalName is "td" or "th").ToList();
            for (int i = 0; i < cells.Count; i++)
            {
                string text = PortalRelations.Clean(cells[i].TextContent);
                if (text.Length == 0) continue;
                // vbpl.vn: "Cơ quan ban hành/ Chức danh / Người ký" | issuer | position | signer.
                if (text.StartsWith("Cơ quan ban hành/", StringComparison.OrdinalIgnoreCase) && text.Contains("Người ký", StringComparison.OrdinalIgnoreCase))
                {
                    if (i + 1 < cells.Count) fields.Issuer ??= PortalRelations.Value(cells[i + 1].TextContent);
                    if (i + 3 < cells.Count) fields.Signer ??= PortalRelations.Value(cells[i + 3].TextContent);
                    break;
                }
                // "Tình trạng hiệu lực: Còn hiệu lực" in one cell.
                int colon = text.IndexOf(':');
                if (colon > 0 && colon < text.Length - 1 && Fields.IsLabel(text[..colon]))
                {
                    fields.Set(text[..colon], text[(colon + 1)..]);
                    continue;
                }
                if (Fields.IsLabel(text) && i + 1 < cells.Count)
                {
                    fields.Set(text, cells[i + 1].TextContent);
                    i++;
                }
            }
        }
    }

    /// <summary>
    /// Relations laid out as a heading that names the relation followed by links to instruments (the generic
    /// lược đồ layout): every link whose text holds a number/symbol belongs to the last relation heading before it.
    /// </summary>
    private static IEnumerable<RelatedInstrument> HeadingListRelations(IElement container)
    {
        PortalRelation? current = null;
        string currentLabel = "";
        // Document order, iteratively.
        var stack = new Stack<IElement>();
        stack.Push(container);
        while (stack.Count > 0)
        {
            var el = stack.Pop();
            if (el.LocalName is "script" or "style") continue;
            if (el.LocalName == "a" && current is not null && PortalRelations.FindNumber(el.TextContent) is not null)
            {
                var (_, n, title) = PortalRelations.ParseEntry(el.TextContent);
                yield return new RelatedInstrument(currentLabel, current.Value, n, title, PortalRelations.Date(el.GetAttribute("title")));
                continue;
            }
            string own = OwnText(el);
            if (own.Length is > 0 and <= 80 && PortalRelations.FromLabel(own) is { } rel)
            {
                current = rel;
                currentLabel = own;
                continue;
            }
            for (int i = el.Children.Length - 1; i >= 0; i--) stack.Push(el.Children[i]);
        }
    }

    /// <summary>The text of an element's own text nodes and inline children, when it has no block children.</summary>
    private static string OwnText(IElement el)
    {
        foreach (var c in el.Children)
            if (c.LocalName is "div" or "ul" or "ol" or "li" or "table" or "p" or "tr" or "td") return "";
        return PortalRelations.Clean(el.TextContent);
    }

    private static IReadOnlyList<RelatedInstrument> Distinct(List<RelatedInstrument> relations)
    {
        // The same entry twice in one box is one relation; two instruments may share a number (a Luật and a Nghị
        // quyết 74/2014/QH13 are both on vbpl.vn), so the title is part of the key.
        var seen = new HashSet<(PortalRelation, string, string)>();
        var result = new List<RelatedInstrument>();
        foreach (var r in relations)
            if (seen.Add((r.Relation, r.NumberSymbol ?? "", r.Title ?? ""))) result.Add(r);
        return result;
    }

    /// <summary>The panel fields as read so far; the first value found wins.</summary>
    private sealed class Fields
    {
        public string? Number, Type, Issuer, Signer, Title, Status;
        public DateOnly? Issued, Effective;

        public static bool IsLabel(string label) => Key(label) is not null;

        private static string? Key(string label)
        {
            string l = PortalRelations.Clean(label).ToLowerInvariant();
            return l switch
            {
                "số hiệu" or "số ký hiệu" or "số/ký hiệu" => "number",
                "loại văn bản" => "type",
                "nơi ban hành" or "cơ quan ban hành" => "issuer",
                "người ký" => "signer",
                "ngày ban hành" => "issued",
                "ngày hiệu lực" or "ngày có hiệu lực" => "effective",
                "tình trạng" or "tình trạng hiệu lực" or "hiệu lực" => "status",
                _ => null,
            };
        }

        public void Set(string label, string rawValue)
        {
            string? v = PortalRelations.Value(rawValue);
            switch (Key(label))
            {
                case "number": Number ??= v is null ? null : PortalRelations.FindNumber(v) ?? v; break;
                case "type": Type ??= v; break;
                case "issuer": Issuer ??= v; break;
                case "signer": Signer ??= v; break;
                case "issued": Issued ??= PortalRelations.Date(v); break;
                case "effective": Effective ??= PortalRelations.Date(v); break;
                case "status": Status ??= v; break;
            }
        }

        public DocumentMetadata ToMetadata(string source, IReadOnlyList<RelatedInstrument> relations) => new()
        {
            Source = source,
            NumberSymbol = Number,
            DocumentType = Type,
            IssueDate = Issued,
            EffectiveDate = Effective,
            Issuer = Issuer,
            Signer = Signer,
            Title = Title,
            Status = Status,
            Relations = relations,
        };
    }
}
