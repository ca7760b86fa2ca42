using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;

namespace DocCheck.Reading.Docx;

/// <summary>
/// Word's automatic numbering (numbering.xml) rendered as the reader sees it: "I.", "1.", "1.1.", "a)", and "-" or
/// "+" for bullets. Paragraphs get their numbering directly (w:numPr) or through their style (w:pStyle → style's
/// w:numPr, following w:basedOn; a level whose w:pStyle names the style gives the level). Counters follow Word: lists
/// (w:num) that share an abstract definition share its counters, a w:startOverride restarts a level the first time
/// its list is used, and a level restarts after any shallower level unless w:lvlRestart says otherwise.
/// </summary>
internal sealed class DocxNumbering
{
    private const int Levels = 9;

    private sealed class Level
    {
        public int Start;
        public string Format = "decimal";
        public string? Text;
        public int? Restart;
        public bool IsLegal;
        public string? ParagraphStyle;
    }

    private sealed class AbstractNum
    {
        public readonly Level?[] Levels = new Level?[DocxNumbering.Levels];
        public string? StyleLink;
    }

    private sealed class NumInstance
    {
        public int AbstractId;
        public readonly Dictionary<int, int> StartOverrides = [];
        public readonly Dictionary<int, Level> LevelOverrides = [];
        public readonly HashSet<int> OverridesApplied = [];
    }

    private sealed record StyleInfo(string? BasedOn, int? NumId, int? Ilvl);

    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<int, NumInstance> _nums = [];
    private readonly Dictionary<string, StyleInfo> _styles = new(StringComparer.Ordinal);
    private readonly string? _defaultParagraphStyle;
    private readonly Dictionary<int, int?[]> _counters = [];

    public DocxNumbering(OpenXmlElement? numbering, OpenXmlElement? styles)
    {
        if (styles is not null)
        {
            foreach (var st in styles.ChildElements)
            {
                if (st.LocalName != "style") continue;
                string? id = Ooxml.Attr(st, "styleId");
                if (id is null) continue;
                string? type = Ooxml.Attr(st, "type");
                var numPr = Ooxml.Child(Ooxml.Child(st, "pPr"), "numPr");
                _styles[id] = new StyleInfo(Ooxml.Val(Ooxml.Child(st, "basedOn")), Ooxml.IntVal(Ooxml.Child(numPr, "numId")), Ooxml.IntVal(Ooxml.Child(numPr, "ilvl")));
                if (type == "paragraph" && Ooxml.Attr(st, "default") is "1" or "true" or "on") _defaultParagraphStyle = id;
            }
        }
        if (numbering is null) return;
        foreach (var el in numbering.ChildElements)
        {
            if (el.LocalName == "abstractNum" && Ooxml.IntAttr(el, "abstractNumId") is { } aid)
            {
                var a = new AbstractNum { StyleLink = Ooxml.Val(Ooxml.Child(el, "numStyleLink")) };
                foreach (var lvl in el.ChildElements)
                    if (lvl.LocalName == "lvl" && Ooxml.IntAttr(lvl, "ilvl") is { } il && il is >= 0 and < Levels) a.Levels[il] = ReadLevel(lvl);
                _abstracts[aid] = a;
            }
            else if (el.LocalName == "num" && Ooxml.IntAttr(el, "numId") is { } nid)
            {
                var n = new NumInstance { AbstractId = Ooxml.IntVal(Ooxml.Child(el, "abstractNumId")) ?? -1 };
                foreach (var o in el.ChildElements)
                {
                    if (o.LocalName != "lvlOverride" || Ooxml.IntAttr(o, "ilvl") is not { } il || il is < 0 or >= Levels) continue;
                    if (Ooxml.IntVal(Ooxml.Child(o, "startOverride")) is { } so) n.StartOverrides[il] = so;
                    if (Ooxml.Child(o, "lvl") is { } lvl) n.LevelOverrides[il] = ReadLevel(lvl);
                }
                _nums[nid] = n;
            }
        }
    }

    private static Level ReadLevel(OpenXmlElement lvl) => new()
    {
        Start = Ooxml.IntVal(Ooxml.Child(lvl, "start")) ?? 0,
        Format = Ooxml.Val(Ooxml.Child(lvl, "numFmt")) ?? "decimal",
        Text = Ooxml.Val(Ooxml.Child(lvl, "lvlText")),
        Restart = Ooxml.IntVal(Ooxml.Child(lvl, "lvlRestart")),
        IsLegal = Ooxml.Child(lvl, "isLgl") is { } lg && Ooxml.Val(lg) is null or "1" or "true" or "on",
        ParagraphStyle = Ooxml.Val(Ooxml.Child(lvl, "pStyle")),
    };

    /// <summary>
    /// The label of a paragraph with these properties (w:pPr), counting it; null when it is not numbered. Call
    /// once per paragraph, in reading order.
    /// </summary>
    public string? Next(OpenXmlElement? pPr)
    {
        var (numId, ilvl) = Resolve(pPr);
        if (numId is not { } nid || nid == 0 || !_nums.TryGetValue(nid, out var num)) return null;
        int aid = num.AbstractId;
        var abs = Abstract(aid);
        if (abs is null) return null;
        int level = Math.Clamp(ilvl ?? 0, 0, Levels - 1);

        if (!_counters.TryGetValue(aid, out var counters)) _counters[aid] = counters = new int?[Levels];
        var def = LevelOf(num, abs, level);
        if (num.StartOverrides.TryGetValue(level, out int so) && num.OverridesApplied.Add(level)) counters[level] = so;
        else counters[level] = counters[level] is { } c ? c + 1 : def?.Start ?? 0;
        // Deeper levels restart after this one unless their lvlRestart says to wait for a shallower level.
        for (int deeper = level + 1; deeper < Levels; deeper++)
        {
            int restartAfter = LevelOf(num, abs, deeper)?.Restart ?? deeper;
            if (restartAfter != 0 && level < restartAfter) counters[deeper] = null;
        }

        if (def is null) return null;
        if (def.Format == "none") return null;
        if (def.Format == "bullet") return Bullet(num, abs, level, def);
        string text = def.Text ?? "%" + (level + 1).ToString(CultureInfo.InvariantCulture) + ".";
        var sb = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                int l = text[i + 1] - '1';
                var ld = LevelOf(num, abs, l);
                int value = counters[l] ?? ld?.Start ?? 0;
                string fmt = def.IsLegal && l != level ? "decimal" : ld?.Format ?? "decimal";
                sb.Append(Format(value, fmt));
                i++;
            }
            else sb.Append(text[i]);
        }
        string label = sb.ToString().Trim();
        return label.Length == 0 ? null : label;
    }

    private (int? NumId, int? Ilvl) Resolve(OpenXmlElement? pPr)
    {
        var numPr = Ooxml.Child(pPr, "numPr");
        int? numId = Ooxml.IntVal(Ooxml.Child(numPr, "numId"));
        int? ilvl = Ooxml.IntVal(Ooxml.Child(numPr, "ilvl"));
        if (numId is not null) return (numId, ilvl);
        // Through the paragraph style (and the styles it is based on).
        string? styleId = Ooxml.Val(Ooxml.Child(pPr, "pStyle")) ?? _defaultParagraphStyle;
        for (int guard = 0; styleId is not null && guard < 20; guard++)
        {
            if (!_styles.TryGetValue(styleId, out var st)) break;
            if (st.NumId is { } sid)
            {
                if (ilvl is null && st.Ilvl is null && _nums.TryGetValue(sid, out var num) && Abstract(num.AbstractId) is { } abs)
                {
                    for (int l = 0; l < Levels; l++)
                        if (LevelOf(num, abs, l)?.ParagraphStyle == styleId) { ilvl = l; break; }
                }
                return (sid, ilvl ?? st.Ilvl);
            }
            styleId = st.BasedOn;
        }
        return (null, null);
    }

    /// <summary>The abstract definition, following a numbering style link (w:numStyleLink) once or twice.</summary>
    private AbstractNum? Abstract(int abstractId)
    {
        _abstracts.TryGetValue(abstractId, out var abs);
        for (int guard = 0; abs?.StyleLink is { } link && guard < 3; guard++)
        {
            if (!_styles.TryGetValue(link, out var st) || st.NumId is not { } nid || !_nums.TryGetValue(nid, out var n)
                || !_abstracts.TryGetValue(n.AbstractId, out var target) || target == abs) break;
            abs = target;
        }
        return abs;
    }

    private static Level? LevelOf(NumInstance num, AbstractNum abs, int level) =>
        num.LevelOverrides.TryGetValue(level, out var o) ? o : abs.Levels[level];

    /// <summary>
    /// Bullets become "-" or "+", as Vietnamese documents write them: a dash or plus glyph as it is, otherwise "-"
    /// for the shallowest bullet level of the list and "+" for the bullet levels under it.
    /// </summary>
    private static string Bullet(NumInstance num, AbstractNum abs, int level, Level def)
    {
        string glyph = (def.Text ?? "").Trim();
        if (glyph is "+") return "+";
        if (glyph is "-" or "–" or "—" or "−" or "") return "-";
        for (int l = 0; l < level; l++)
            if (LevelOf(num, abs, l) is { Format: "bullet" }) return "+";
        return "-";
    }

    internal static string Format(int value, string format) => format switch
    {
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperLetter" => Letters(value),
        "lowerLetter" => Letters(value).ToLowerInvariant(),
        "decimalZero" => value is >= 0 and < 10 ? "0" + value.ToString(CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    private static string Roman(int n)
    {
        if (n <= 0 || n >= 4000) return n.ToString(CultureInfo.InvariantCulture);
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var sb = new StringBuilder();
        for (int i = 0; i < values.Length; i++)
            while (n >= values[i]) { sb.Append(symbols[i]); n -= values[i]; }
        return sb.ToString();
    }

    // Word's letter numbering: A..Z, then AA..ZZ, AAA… (the letter repeated).
    private static string Letters(int n)
    {
        if (n <= 0) return n.ToString(CultureInfo.InvariantCulture);
        char c = (char)('A' + (n - 1) % 26);
        return new string(c, Math.Min(1 + (n - 1) / 26, 10));
    }
}
