using DocCheck.Application.Lint;
using DocCheck.Application.Queries;
using DocCheck.Corpus;
using DocCheck.Pipeline;
using DocCheck.Reading;
using DocCheck.Rules;
using DocCheck.Text;

namespace DocCheck.Application.Documents;

/// <summary>
/// The corpus as pages show it: one document by id (<see cref="Document"/>), one instrument and who cites it
/// (<see cref="Instrument"/>), and the corpus status. Reads go through <see cref="CorpusQueryService.Read{T}"/>.
/// </summary>
public sealed class DocumentService(CorpusQueryService queries, DocumentAnalyzer analyzer, CorpusSnapshot snapshot)
{
    /// <summary>The document <paramref name="id"/>, or null when the corpus holds none with that id.</summary>
    public DocumentView? Document(string id, string lang) => queries.Read(c =>
    {
        if (snapshot.PathOf(c, id) is not { } path || c.Store.Document(path) is not { } doc) return null;
        var stored = c.Store.Texts([path]).FirstOrDefault();
        string text = stored?.Text ?? "";
        var analysis = analyzer.Analyze(new SourceText(path, text));
        var findings = Place(c.Store.FindingsOf(path), text, stored?.BlockLines ?? []);
        var references = c.Store.References(path);
        var citedBy = doc.OwnKey is { } key
            ? c.Store.Cites(new InstrumentQuery(key, null, null, null, key)).Where(h => h.Path != path).ToList()
            : [];
        var registry = doc.OwnKey is { } k ? snapshot.RegistryEntry(c, k) : null;
        IReadOnlyList<SimilarHit> similar;
        try { similar = c.Search.Similar(new SimilarRequest { Path = path, Limit = 8 }); }
        catch (ArgumentException) { similar = []; }
        var ids = new Dictionary<string, string>(StringComparer.Ordinal) { [path] = id };
        foreach (string p in references.Select(r => r.InCorpus).OfType<string>().Concat(citedBy.Select(h => h.Path)).Concat(similar.Select(s => s.Path)))
            ids.TryAdd(p, DocumentIds.Of(p));
        return new DocumentView(id, doc, analysis, findings, stored?.BlockLines ?? [], references, citedBy, registry, similar, ids);
    });

    /// <summary>
    /// Places stored findings in the stored text: the paragraph whose source line is the finding's (the last one
    /// starting at or before it), then the finding's text in that paragraph and the ones after it up to its end line.
    /// The findings are those of indexing, so the page shows what `doccheck lint` says of the file — checking the stored
    /// (already normalized) text again would not give the same findings.
    /// </summary>
    internal static IReadOnlyList<PlacedFinding> Place(IReadOnlyList<CorpusFinding> findings, string text, IReadOnlyList<int> lines)
    {
        var starts = new List<int> { 0 };
        for (int i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) starts.Add(i + 1);
        int n = Math.Min(lines.Count, starts.Count);
        // The first paragraph of a source line (several can share one: cells of a table row, blank cells), else the
        // paragraph the line continues; and the last paragraph starting at or before the end line.
        int First(int line)
        {
            if (n == 0) return Math.Clamp(line - 1, 0, starts.Count - 1);
            int p = 0;
            for (int i = 0; i < n; i++)
            {
                if (lines[i] == line) return i;
                if (lines[i] < line) p = i; else break;
            }
            return p;
        }
        int Last(int line)
        {
            if (n == 0) return Math.Clamp(line - 1, 0, starts.Count - 1);
            int p = 0;
            for (int i = 0; i < n && lines[i] <= line; i++) p = i;
            return p;
        }
        var placed = new List<PlacedFinding>(findings.Count);
        foreach (var f in findings)
        {
            int first = First(f.Line), last = Math.Max(first, Last(f.EndLine));
            int from = starts[first], to = last + 1 < starts.Count ? starts[last + 1] : text.Length;
            string needle = f.Text.Trim();
            int at = needle.Length == 0 ? -1 : text.IndexOf(needle, from, to - from, StringComparison.Ordinal);
            placed.Add(new PlacedFinding(f, at >= 0 ? new DocCheck.Text.TextSpan(at, needle.Length) : new DocCheck.Text.TextSpan(from, 0)));
        }
        return placed;
    }

    /// <summary>The instrument <paramref name="text"/> names; a text naming no instrument number is a <see cref="UsageException"/>.</summary>
    public InstrumentView Instrument(string text) => queries.Read(c =>
    {
        // A number ("nd 61/2018"), else the exact key of an instrument cited by its name ("Luật Đất đai", "TCVN ISO 9001:2015").
        var q = InstrumentQueryParser.Parse(text);
        IReadOnlyList<CitingHit> hits;
        if (q is null)
        {
            var named = new InstrumentQuery(text.Trim(), null, null, null, text);
            hits = c.Store.Cites(named);
            if (hits.Count == 0)
                throw new UsageException($"\"{text}\" không có số hiệu văn bản (ví dụ 61/2018/NĐ-CP), cũng không phải tên một văn bản được dẫn trong kho / names no instrument number, nor an instrument the corpus cites by name");
            q = named;
        }
        else hits = c.Store.Cites(q);
        string? key = q.Key ?? hits.GroupBy(h => h.Key).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        var own = key is null ? null : snapshot.OwnNumber(c, key);
        var ownDoc = own is null ? null : c.Store.Document(own.Path);
        var registry = key is null ? null : snapshot.RegistryEntry(c, key);
        var majority = hits.Where(h => h.CitedDate is not null).GroupBy(h => h.CitedDate!.Value)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (DateOnly?)g.Key).FirstOrDefault();
        var ids = hits.Select(h => h.Path).Concat(own is null ? [] : [own.Path]).Distinct(StringComparer.Ordinal)
            .ToDictionary(p => p, DocumentIds.Of, StringComparer.Ordinal);
        return new InstrumentView(q, hits, majority, own is null ? null : DocumentIds.Of(own.Path), ownDoc, registry, ids);
    });

    /// <summary>Documents, last indexing, unreadable files.</summary>
    public CorpusStatus Status() => queries.Read(c =>
    {
        var state = c.Store.State();
        return new CorpusStatus(c.Store.Location, c.Store.DocumentCount(), c.Store.LastIndexed(), state.Seq, c.Store.Unreadable(), c.Store.Registry().Count());
    });

    /// <summary>Ids of stored paths (search hits, conflicts).</summary>
    public static string IdOf(string storedPath) => DocumentIds.Of(storedPath);
}
