using System.Globalization;
using DocCheck.Extraction.Quantities;

namespace DocCheck.Training;

/// <summary>Prints role-model metrics: a table of the model next to the rules, one line per cross-validated setting.</summary>
public static class RolePrinter
{
    /// <summary>The evaluation as a table: accuracy, macro-F1, the model's log-loss, per-role P/R/F1 and both confusion matrices.</summary>
    public static void WriteText(TextWriter w, RoleComparison c, string title)
    {
        var m = c.System;
        var rules = c.Rules;
        w.WriteLine(title);
        w.WriteLine();
        w.WriteLine($"{"",-16} {"model",22} {"rules",22}");
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"accuracy",-16} {m.MicroAccuracy,22:0.000} {rules.MicroAccuracy,22:0.000}"));
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"macro-accuracy",-16} {m.MacroAccuracy,22:0.000} {rules.MacroAccuracy,22:0.000}"));
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"macro-F1",-16} {m.MacroF1,22:0.000} {rules.MacroF1,22:0.000}"));
        if (c.Decided is { } d)
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"the model decides {d.Count} of {m.Count}: there accuracy {d.MicroAccuracy:0.000}, log-loss {d.LogLoss:0.000}"));
        w.WriteLine();
        w.WriteLine($"{"role",-16} {"support",7}  {"P",6} {"R",6} {"F1",6}   {"P",6} {"R",6} {"F1",6}");
        foreach (var role in RoleEvaluation.ReportOrder)
        {
            var a = m.Of(role);
            var b = rules.Of(role);
            w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{role,-16} {a.Support,7}  {a.Precision,6:0.000} {a.Recall,6:0.000} {a.F1,6:0.000}   {b.Precision,6:0.000} {b.Recall,6:0.000} {b.F1,6:0.000}"));
        }
        w.WriteLine();
        WriteConfusion(w, "model", m);
        WriteConfusion(w, "rules", rules);
    }

    private static void WriteConfusion(TextWriter w, string name, RoleEvaluation m)
    {
        w.WriteLine($"confusion ({name}; rows gold, columns predicted)");
        w.WriteLine($"{"",-16}" + string.Concat(RoleEvaluation.ReportOrder.Select(x => $"{x,12}")));
        foreach (var g in RoleEvaluation.ReportOrder)
            w.WriteLine($"{g,-16}" + string.Concat(RoleEvaluation.ReportOrder.Select(p => $"{m.Confusion[RoleEvaluation.Key(g) - 1, RoleEvaluation.Key(p) - 1],12}")));
        w.WriteLine();
    }

    /// <summary>One cross-validated setting: the system's macro-F1 and accuracy, the model's accuracy and log-loss where it decides.</summary>
    public static string Line(RoleComparison c)
    {
        string s = string.Create(CultureInfo.InvariantCulture,
            $"macro-F1 {c.System.MacroF1:0.000}  accuracy {c.System.MicroAccuracy:0.000}  F1 T/B/R/O {F(c, QuantityRole.Target)}/{F(c, QuantityRole.Baseline)}/{F(c, QuantityRole.Requirement)}/{F(c, QuantityRole.Other)}");
        return c.Decided is { } d ? s + string.Create(CultureInfo.InvariantCulture, $"  decided: accuracy {d.MicroAccuracy:0.000}, log-loss {d.LogLoss:0.000}") : s;
    }

    private static string F(RoleComparison c, QuantityRole r) => c.System.Of(r).F1.ToString("0.00", CultureInfo.InvariantCulture);
}
