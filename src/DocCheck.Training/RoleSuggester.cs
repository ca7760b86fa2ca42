using System.Globalization;
using CsvHelper;
using DocCheck.Extraction.Quantities.Roles;

namespace DocCheck.Training;

/// <summary>One quantity proposed for labelling, with how unsure the model is of it.</summary>
public sealed record RoleSuggestion(LabelCandidate Candidate, double Margin, string Quote);

/// <summary>
/// Active learning for the labels: the quantities of unlabelled documents the model decides (plans and reports, roles
/// the rules do not keep) where it is least sure — the smallest gap between its two most probable roles — at most
/// <c>perDocument</c> from one document so that many documents are read.
/// </summary>
public static class RoleSuggester
{
    public static IReadOnlyList<RoleSuggestion> Suggest(RoleModel model, IEnumerable<(string Path, string Document)> documents, int count, int perDocument, Action<string> warn, IReadOnlySet<string>? types = null)
    {
        bool Covers(RoleCues c) => types is null ? model.Covers(c) : c.DocumentType is { } t && types.Contains(t);
        var byType = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var pool = new List<RoleSuggestion>();
        foreach (var (path, document) in documents)
        {
            var quantities = RoleDataset.ReadQuantities(path, document, out string error);
            if (quantities is null) { warn($"{document}: {error}"); continue; }
            foreach (var q in quantities.Where(q => !model.KeepRuleRoles.Contains(q.Cues.RuleRole)))
                byType[q.Cues.DocumentType ?? "-"] = byType.GetValueOrDefault(q.Cues.DocumentType ?? "-") + 1;
            var decided = quantities.Where(q => Covers(q.Cues) && !model.KeepRuleRoles.Contains(q.Cues.RuleRole))
                .Select(q => new RoleSuggestion(q, Margin(model.Probabilities(q.Cues)), Quote(q)))
                .OrderBy(s => s.Margin).ThenBy(s => s.Candidate.Line).ThenBy(s => s.Candidate.Column)
                .Take(perDocument);
            pool.AddRange(decided);
        }
        warn("quantities with a rule role of Other, by document type: " + string.Join(", ", byType.Select(kv => $"{kv.Key} {kv.Value}")));
        return [.. pool.OrderBy(s => s.Margin).ThenBy(s => s.Candidate.Document, StringComparer.Ordinal).ThenBy(s => s.Candidate.Line).Take(count)
            .OrderBy(s => s.Candidate.Document, StringComparer.Ordinal).ThenBy(s => s.Candidate.Line).ThenBy(s => s.Candidate.Column)];
    }

    private static double Margin(double[] p)
    {
        var sorted = p.OrderDescending().ToArray();
        return sorted[0] - sorted[1];
    }

    private static string Quote(LabelCandidate q)
    {
        string before = q.Cues.Before.Length > 60 ? q.Cues.Before[^60..] : q.Cues.Before;
        string after = q.Cues.After.Length > 40 ? q.Cues.After[..40] : q.Cues.After;
        return (before + q.Text + after).ReplaceLineEndings(" ").Trim();
    }

    /// <summary>Writes the suggestions as rows of the labels file with the role left empty, for a person to fill in.</summary>
    public static void WriteCsv(TextWriter w, IEnumerable<RoleSuggestion> suggestions)
    {
        using var csv = new CsvWriter(w, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (string h in new[] { "document", "line", "column", "kind", "text", "quote", "role", "split", "note" }) csv.WriteField(h);
        csv.NextRecord();
        foreach (var s in suggestions)
        {
            var c = s.Candidate;
            foreach (string f in new[] { c.Document, c.Line.ToString(CultureInfo.InvariantCulture), c.Column.ToString(CultureInfo.InvariantCulture), c.Kind, c.Text, s.Quote, "", "train", "" }) csv.WriteField(f);
            csv.NextRecord();
        }
    }
}
