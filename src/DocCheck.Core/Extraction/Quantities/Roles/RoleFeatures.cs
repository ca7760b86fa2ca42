using System.Globalization;
using System.Text;
using DocCheck.Text;

namespace DocCheck.Extraction.Quantities.Roles;

/// <summary>
/// Turns <see cref="RoleCues"/> into hashed binary features: the words just before the value (by position and as a
/// bag, folded and not), word pairs, character trigrams of the clause end, the first words after it, the heading's
/// words, the nearest year relative to the plan's, whether the document reports results, the kind, the comparison
/// and the rules' role (alone and crossed with the kind and the report flag). Each feature is a string hashed by
/// 32-bit FNV-1a into <see cref="Dimension"/> buckets. Changing anything here changes the model's input:
/// bump <see cref="Version"/> so an old model is refused instead of misread.
/// </summary>
public sealed class RoleFeatures
{
    /// <summary>The feature scheme's version, written in the model manifest.</summary>
    public const int Version = 2;

    public RoleFeatures(int hashBits = 18)
    {
        if (hashBits is < 10 or > 24) throw new ArgumentOutOfRangeException(nameof(hashBits), "10 to 24 bits");
        HashBits = hashBits;
    }

    public int HashBits { get; }
    public int Dimension => 1 << HashBits;

    /// <summary>The distinct feature indices of one quantity, sorted.</summary>
    public int[] Extract(RoleCues c)
    {
        var names = Names(c);
        var set = new SortedSet<int>();
        foreach (var n in names) set.Add(Index(n));
        return [.. set];
    }

    /// <summary>The feature names before hashing (for tests and for explaining a decision).</summary>
    public static List<string> Names(RoleCues c)
    {
        var f = new List<string>(96) { "bias" };
        string kind = c.Kind.ToString(), rule = c.RuleRole.ToString();
        f.Add("k=" + kind);
        f.Add("r=" + rule);
        f.Add("kr=" + kind + "|" + rule);
        f.Add("cmp=" + c.Comparison);
        if (c.IsGrowth) f.Add("growth");
        f.Add("rep=" + c.Report);
        f.Add("rep|r=" + c.Report + "|" + rule);
        f.Add("rep|k=" + c.Report + "|" + kind);
        f.Add("goal=" + c.GoalSection);
        f.Add("goal|k=" + c.GoalSection + "|" + kind);
        string yb = YearBucket(c.YearBefore, c.PlanYear), ya = YearBucket(c.YearAfter, c.PlanYear);
        f.Add("yb=" + yb);
        f.Add("ya=" + ya);
        f.Add("yb|rep=" + yb + "|" + c.Report);
        f.Add("ya|rep=" + ya + "|" + c.Report);
        // The document type: a time limit is a Requirement in a decision's procedures and rarely in a plan's targets.
        string dt = TypeGroup(c.DocumentType);
        f.Add("dt=" + dt);
        f.Add("dt|k=" + dt + "|" + kind);
        f.Add("dt|r=" + dt + "|" + rule);

        var before = Words(c.Before);
        int nb = before.Count;
        for (int i = 0; i < Math.Min(6, nb); i++)
        {
            var (w, folded) = before[nb - 1 - i];
            f.Add($"b{i}={w}");
            f.Add($"B{i}={folded}");
        }
        for (int i = Math.Max(0, nb - 12); i < nb; i++)
        {
            f.Add("bw=" + before[i].Word);
            f.Add("Bw=" + before[i].Folded);
        }
        for (int i = Math.Max(1, nb - 5); i < nb; i++) f.Add("bb=" + before[i - 1].Folded + "_" + before[i].Folded);
        if (nb == 0) f.Add("b-empty");
        string tail = Fold(c.Before.Length > 24 ? c.Before[^24..] : c.Before);
        for (int i = 0; i + 3 <= tail.Length; i++) f.Add("c3=" + tail.Substring(i, 3));
        string end = c.Before.TrimEnd();
        if (end.Length > 0) f.Add("bend=" + end[^1]);

        var after = Words(c.After);
        for (int i = 0; i < Math.Min(4, after.Count); i++) f.Add($"a{i}={after[i].Folded}");
        for (int i = 0; i < Math.Min(8, after.Count); i++) f.Add("aw=" + after[i].Folded);
        string start = c.After.TrimStart();
        if (start.Length > 0) f.Add("astart=" + start[0]);

        if (c.Section is { } s)
            foreach (var (_, folded) in Words(s).Take(10)) f.Add("sw=" + folded);
        else f.Add("s-none");

        foreach (var (_, folded) in Words(c.Text)) if (!char.IsDigit(folded[0])) f.Add("tw=" + folded);
        return f;
    }

    /// <summary>Plans and programmes, reports, decisions and the rest, as the labels have them.</summary>
    private static string TypeGroup(string? type) => type switch
    {
        "KH" or "CTr" or "ĐA" or "DA" => "plan",
        "BC" => "report",
        "QĐ" => "decision",
        "TTr" => "submission",
        null => "none",
        _ => "other",
    };

    private static string YearBucket(int? year, int? plan) => (year, plan) switch
    {
        (null, _) => "none",
        (_, null) => "noplan",
        ({ } y, { } p) when y < p - 1 => "past",
        ({ } y, { } p) when y == p - 1 => "prev",
        ({ } y, { } p) when y == p => "same",
        ({ } y, { } p) when y <= p + 2 => "near",
        _ => "far",
    };

    private static List<(string Word, string Folded)> Words(string s)
    {
        var list = new List<(string, string)>();
        var sb = new StringBuilder();
        void Flush()
        {
            if (sb.Length == 0) return;
            string w = sb.ToString().ToLowerInvariant();
            list.Add((w, VietnameseLetters.Fold(w)));
            sb.Clear();
        }
        foreach (char ch in s)
        {
            if (char.IsLetterOrDigit(ch) || ch == '%') sb.Append(ch);
            else Flush();
        }
        Flush();
        return list;
    }

    private static string Fold(string s) => VietnameseLetters.Fold(s.ToLowerInvariant());

    /// <summary>32-bit FNV-1a over the UTF-8 bytes, folded into the dimension.</summary>
    public int Index(string name)
    {
        uint h = 2166136261;
        foreach (byte b in Encoding.UTF8.GetBytes(name))
        {
            h ^= b;
            h *= 16777619;
        }
        return (int)(h & (uint)(Dimension - 1));
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"v{Version}, {HashBits} bits");
}
