using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocCheck.Extraction.Citations;
using DocCheck.Pipeline;

namespace DocCheck.Application.Evaluation;

/// <summary>
/// Measures citation extraction on the Pháp điển source notes: each note's first citation must resolve to the
/// number and issue date of the document its vbpl ItemID names. A note that states no issue date must get
/// none (never the effective date). Also reports the date share when notes of one đề mục are read in order
/// as one document, so a short form can take the date of an earlier full citation.
/// </summary>
public static class PhapDienEvaluation
{
    /// <summary>One note that did not come out right.</summary>
    public sealed record Miss(string Note, string GoldKey, string? GoldDate, string? Key, string? Date, string Reason);

    /// <summary>The figures.</summary>
    public sealed record Result(int Notes, int Scored, int GoldUnusable, int KeyRight, int DateRight, int BothRight,
        int NotesWithDate, int DatedRight, int ContextDateRight, IReadOnlyList<Miss> Misses)
    {
        /// <summary>Misses judged to be errors in the labelled data (see <see cref="DataError"/>).</summary>
        public int DataErrors { get; init; }

        public double Share(int n) => Scored == 0 ? 0 : (double)n / Scored;

        /// <summary>Share right when the misses judged data errors are left out.</summary>
        public double AdjustedShare => Scored - DataErrors == 0 ? 0 : (double)BothRight / (Scored - DataErrors);
    }

    /// <summary>
    /// Why a miss is the data's fault, when it plainly is: the gold number was cut off at a space ("64/2020/TT-"
    /// with "BCA" left in the title), the note does not cite the gold instrument at all, or the gold date is the
    /// date of another instrument named in the title (a 2018 circular "issued" in 2012).
    /// </summary>
    private static string? DataError(string goldRaw, string goldKey, string? goldDate, string? key, string? date, IReadOnlyList<Citation> found)
    {
        if (key is not null && key != goldKey)
        {
            if (goldRaw.TrimEnd().EndsWith('-') || goldRaw.TrimEnd().EndsWith('/'))
                return key.StartsWith(goldKey, StringComparison.Ordinal) ? "gold number cut off" : null;
            if (!found.Any(c => c.Key == goldKey)) return "note does not cite the gold instrument";
            return null;
        }
        if (key == goldKey && date is not null && goldDate is not null && date != goldDate)
        {
            // The gold date is exactly the date the note gives for another instrument it names.
            if (found.Any(c => c.Key != key && c.Date?.Iso == goldDate))
                return "gold date is another instrument's";
        }
        return null;
    }

    private static readonly Regex StatedDate = new(@"ng[àa]y\s*\d", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Runs over <c>source_notes.jsonl</c> and <c>cited_documents_by_vbpl_itemid.jsonl</c> in <paramref name="folder"/>.</summary>
    public static Result Run(string folder, int limit = int.MaxValue)
    {
        var gold = new Dictionary<string, (string Symbol, string? Date)>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Path.Combine(folder, "cited_documents_by_vbpl_itemid.jsonl")))
        {
            using var j = JsonDocument.Parse(line);
            var r = j.RootElement;
            string? id = r.GetProperty("vbpl_item_id").GetString();
            string? sym = r.TryGetProperty("number_symbol", out var s) ? s.GetString() : null;
            string? date = r.TryGetProperty("issue_date", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            if (id is not null && sym is not null) gold[id] = (sym, date);
        }

        var analyzer = new DocumentAnalyzer();
        var misses = new List<Miss>();
        int dataErrors = 0;
        int notes = 0, scored = 0, unusable = 0, keyRight = 0, dateRight = 0, both = 0, withDate = 0, datedRight = 0, contextRight = 0;
        var contextDates = new Dictionary<(string Demuc, string Key), string>();
        foreach (string line in File.ReadLines(Path.Combine(folder, "source_notes.jsonl")))
        {
            if (notes >= limit) break;
            notes++;
            using var j = JsonDocument.Parse(line);
            var r = j.RootElement;
            string text = (r.GetProperty("source_citation_text").GetString() ?? "").Normalize(NormalizationForm.FormC);
            string id = r.GetProperty("vbpl_item_id").GetString() ?? "";
            string demuc = r.TryGetProperty("demuc", out var dm) ? dm.GetString() ?? "" : "";
            if (!gold.TryGetValue(id, out var g)) { unusable++; continue; }
            string? goldKey = CitationKeys.FromText(g.Symbol);
            if (goldKey is null) { unusable++; continue; }
            scored++;

            var doc = analyzer.Analyze(text);
            var first = doc.Citations.FirstOrDefault(c => !c.IsSelf && c.Kind is not CitationKind.Standard);
            string? key = first?.Key;
            string? date = first?.Date?.Iso;
            bool stated = StatedDate.IsMatch(Regex.Split(text, "có hiệu lực|hiệu lực thi hành")[0]);
            if (stated) withDate++;
            bool keyOk = key == goldKey;
            bool dateOk = stated ? date == g.Date : date is null;
            if (keyOk) keyRight++;
            if (dateOk) dateRight++;
            if (keyOk && dateOk) both++;
            if (stated && keyOk && date == g.Date) datedRight++;

            // Read in order within a đề mục, a short form takes the date of the first full citation before it.
            string? resolved = date;
            if (key is not null)
            {
                if (date is not null) contextDates.TryAdd((demuc, key), date);
                else if (contextDates.TryGetValue((demuc, key), out var earlier)) resolved = earlier;
            }
            if (keyOk && resolved == g.Date) contextRight++;

            if (!(keyOk && dateOk))
            {
                string reason = !keyOk ? (key is null ? "no citation found" : "wrong key") : (stated ? "wrong date" : "date where none is stated");
                string? dataError = DataError(g.Symbol, goldKey, g.Date, key, date, doc.Citations);
                if (dataError is not null) { reason = "data: " + dataError; dataErrors++; }
                misses.Add(new Miss(text, goldKey, g.Date, key, date, reason));
            }
        }
        return new Result(notes, scored, unusable, keyRight, dateRight, both, withDate, datedRight, contextRight, misses) { DataErrors = dataErrors };
    }
}
