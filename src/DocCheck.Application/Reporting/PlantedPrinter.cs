using System.Globalization;
using System.Text.Json.Nodes;
using DocCheck.Application.Evaluation.Planted;
using DocCheck.Reporting.Lint;

namespace DocCheck.Application.Reporting;

/// <summary>Prints the planted-defect evaluation: a table per kind and group, JSON, and the misses as TSV.</summary>
public static class PlantedPrinter
{
    /// <summary>Planted, caught and recall per kind for each group and all together, the levels the catches had, and the documents without a place.</summary>
    public static void WriteText(TextWriter w, PlantedResult r)
    {
        var groups = r.Groups.Select(g => g.Group).ToList();
        w.WriteLine($"planted defects: seed {r.Options.Seed}, up to {r.Options.PerKind} per kind and document; "
            + string.Join(", ", r.Groups.Select(g => $"{g.Documents} {g.Group}"))
            + (r.Unreadable.Count > 0 ? $"; {r.Unreadable.Count} not read" : ""));
        w.WriteLine();
        w.WriteLine($"{"",-32}" + string.Concat(groups.Append("all").Select(g => $" {g,-22}")) + "  caught at        no place");
        w.WriteLine($"{"kind",-24} {"rule",-7}" + string.Concat(groups.Append("all").Select(_ => $" {"planted caught  recall",22}")) + "  (level)          (" + string.Join("/", groups) + ")");
        foreach (var kind in DefectKinds.All) WriteRow(w, r, groups, kind.Name(), kind.Rule(), kind);
        WriteRow(w, r, groups, "all", "", null);
        w.WriteLine();
        int misses = r.Misses.Count();
        w.WriteLine($"{misses} missed" + (misses > 0 ? " (--misses FILE writes them with what DocCheck reported instead)" : ""));
        foreach (var u in r.Unreadable) w.WriteLine($"not read: {u.File}: {u.Reason}");
    }

    private static void WriteRow(TextWriter w, PlantedResult r, List<string> groups, string name, string rule, DefectKind? kind)
    {
        var cells = groups.Select(g => r.Count(g, kind)).Append(r.Count(null, kind)).ToList();
        var all = cells[^1];
        string levels = string.Join(",", all.Levels.Select(LintReport.LevelName));
        string noPlace = string.Join("/", groups.Select(g => r.Count(g, kind).NoPlace.ToString(CultureInfo.InvariantCulture)));
        w.WriteLine($"{name,-24} {rule,-7}" + string.Concat(cells.Select(Cell)) + $"  {levels,-16} {noPlace}");
    }

    private static string Cell(Tally t) => string.Create(CultureInfo.InvariantCulture, $" {t.Planted,7} {t.Caught,6} {(t.Planted == 0 ? "—" : t.Recall.ToString("0.000", CultureInfo.InvariantCulture)),7}");

    /// <summary>The same figures as JSON, with the misses.</summary>
    public static JsonObject Json(PlantedResult r)
    {
        var groups = new JsonArray();
        foreach (var (g, docs) in r.Groups)
        {
            var o = TallyJson(new JsonObject { ["name"] = g, ["documents"] = docs }, r.Count(g, null));
            o["kinds"] = Kinds(r, g);
            groups.Add((JsonNode)o); // Add(JsonNode), not the generic Add<T>: that one needs reflection (Native AOT)
        }
        var all = TallyJson(new JsonObject(), r.Count(null, null));
        all["kinds"] = Kinds(r, null);
        var misses = new JsonArray();
        foreach (var m in r.Misses)
            misses.Add((JsonNode)new JsonObject
            {
                ["group"] = m.Group, ["file"] = m.File, ["line"] = m.Line, ["kind"] = m.Kind.Name(), ["rule"] = m.Rule,
                ["planted"] = m.Planted, ["reported"] = m.Reported,
            });
        var unread = new JsonArray();
        foreach (var u in r.Unreadable) unread.Add((JsonNode)new JsonObject { ["group"] = u.Group, ["file"] = u.File, ["reason"] = u.Reason });
        return new JsonObject
        {
            ["seed"] = r.Options.Seed, ["perKind"] = r.Options.PerKind, ["groups"] = groups, ["all"] = all, ["misses"] = misses, ["unreadable"] = unread,
        };
    }

    private static JsonArray Kinds(PlantedResult r, string? group)
    {
        var a = new JsonArray();
        foreach (var kind in DefectKinds.All)
        {
            a.Add((JsonNode)TallyJson(new JsonObject { ["kind"] = kind.Name(), ["rule"] = kind.Rule() }, r.Count(group, kind)));
        }
        return a;
    }

    /// <summary>Adds the tally's figures to <paramref name="o"/> (which names what they count).</summary>
    private static JsonObject TallyJson(JsonObject o, Tally t)
    {
        var levels = new JsonArray();
        foreach (var l in t.Levels) levels.Add((JsonNode)JsonValue.Create(LintReport.LevelName(l)));
        o["planted"] = t.Planted;
        o["caught"] = t.Caught;
        o["recall"] = t.Planted == 0 ? null : Math.Round(t.Recall, 4);
        o["levels"] = levels;
        o["noPlace"] = t.NoPlace;
        return o;
    }

    /// <summary>The misses as TSV: group, file, line (of the original), kind, rule, what was planted, what DocCheck reported there instead.</summary>
    public static void WriteMisses(TextWriter w, PlantedResult r)
    {
        w.WriteLine("group\tfile\tline\tkind\trule\tplanted\treported");
        foreach (var m in r.Misses)
            w.WriteLine($"{m.Group}\t{m.File}\t{m.Line}\t{m.Kind.Name()}\t{m.Rule}\t{Clean(m.Planted)}\t{Clean(m.Reported)}");
    }

    /// <summary>Every planted defect as TSV, caught or not, with the level it was caught at: for reviewing what was planted.</summary>
    public static void WriteOutcomes(TextWriter w, PlantedResult r)
    {
        w.WriteLine("group\tfile\tline\tkind\trule\tcaught\tlevel\tplanted\treported");
        foreach (var m in r.Outcomes)
            w.WriteLine($"{m.Group}\t{m.File}\t{m.Line}\t{m.Kind.Name()}\t{m.Rule}\t{(m.Caught ? "yes" : "no")}\t{(m.Level is { } l ? LintReport.LevelName(l) : "")}\t{Clean(m.Planted)}\t{Clean(m.Reported)}");
    }

    private static string Clean(string s) => s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
