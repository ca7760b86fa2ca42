using System.Globalization;
using System.Text.Json.Nodes;
using DocCheck.Extraction.Quantities.Roles;

namespace DocCheck.Application.Reporting;

/// <summary>Prints role-model metrics: a table of the model next to the rules, JSON, and one-line summaries.</summary>
public static class RolePrinter
{
    /// <summary>"macro-F1 0.831, accuracy 0.899".</summary>
    public static string Short(RoleMetrics m) => string.Create(CultureInfo.InvariantCulture, $"macro-F1 {m.MacroF1:0.000}, accuracy {m.Accuracy:0.000}");

    /// <summary>Accuracy, macro-F1 and per-role precision/recall/F1 (and the confusion matrix) as JSON.</summary>
    public static JsonObject MetricsJson(RoleMetrics m, bool confusion = false)
    {
        static double R(double v) => Math.Round(v, 4);
        var o = new JsonObject { ["accuracy"] = R(m.Accuracy), ["macroF1"] = R(m.MacroF1) };
        var per = new JsonObject();
        foreach (var role in RoleMetrics.Roles)
            per[role.ToString()] = new JsonObject { ["support"] = m.Support(role), ["precision"] = R(m.Precision(role)), ["recall"] = R(m.Recall(role)), ["f1"] = R(m.F1(role)) };
        o["perRole"] = per;
        if (confusion)
        {
            var rows = new JsonObject();
            foreach (var g in RoleMetrics.Roles)
            {
                var row = new JsonObject();
                foreach (var p in RoleMetrics.Roles) row[p.ToString()] = m.Confusion[RoleMetrics.Slot(g), RoleMetrics.Slot(p)];
                rows[g.ToString()] = row;
            }
            o["confusion"] = rows;
        }
        return o;
    }

    /// <summary>The held-out evaluation as a table: the model's and the rules' accuracy, macro-F1, per-role P/R/F1 and both confusion matrices.</summary>
    public static void WriteText(TextWriter w, RoleMetrics m, RoleMetrics rules, int documents, int labels, int missingDocuments)
    {
        w.WriteLine($"held-out documents: {documents}, labels: {labels}" + (missingDocuments > 0 ? $" ({missingDocuments} labelled documents not found: partial)" : ""));
        w.WriteLine();
        w.WriteLine($"{"",-12} {"model",26} {"rules",26}");
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"accuracy",-12} {m.Accuracy,26:0.000} {rules.Accuracy,26:0.000}"));
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"macro-F1",-12} {m.MacroF1,26:0.000} {rules.MacroF1,26:0.000}"));
        w.WriteLine();
        w.WriteLine($"{"role",-12} {"support",7}  {"P",6} {"R",6} {"F1",6}   {"P",6} {"R",6} {"F1",6}");
        foreach (var role in RoleMetrics.Roles)
            w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{role,-12} {m.Support(role),7}  {m.Precision(role),6:0.000} {m.Recall(role),6:0.000} {m.F1(role),6:0.000}   {rules.Precision(role),6:0.000} {rules.Recall(role),6:0.000} {rules.F1(role),6:0.000}"));
        w.WriteLine();
        WriteConfusion(w, "model", m);
        WriteConfusion(w, "rules", rules);
    }

    private static void WriteConfusion(TextWriter w, string name, RoleMetrics m)
    {
        w.WriteLine($"confusion ({name}; rows gold, columns predicted)");
        w.WriteLine($"{"",-12}" + string.Concat(RoleMetrics.Roles.Select(x => $"{x,12}")));
        foreach (var g in RoleMetrics.Roles)
            w.WriteLine($"{g,-12}" + string.Concat(RoleMetrics.Roles.Select(p => $"{m.Confusion[RoleMetrics.Slot(g), RoleMetrics.Slot(p)],12}")));
        w.WriteLine();
    }
}
