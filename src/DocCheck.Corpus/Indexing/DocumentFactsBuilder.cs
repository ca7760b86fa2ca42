using DocCheck.Pipeline;
using DocCheck.Reporting.Lint;
using DocCheck.Text;

namespace DocCheck.Corpus;

/// <summary>Turns an analyzed document (and its lint findings) into the facts the corpus keeps.</summary>
public static class DocumentFactsBuilder
{
    /// <summary>
    /// The facts of <paramref name="doc"/>, stored under <paramref name="storedPath"/>. Citations of the document's
    /// own number are left out; a short form takes the date and issuer of the full citation it stands for.
    /// </summary>
    public static DocumentFacts From(string storedPath, string hash, string analysis, long size, AnalyzedDocument doc, LintedFile? lint)
    {
        var h = doc.Structure.Header;
        var document = new CorpusDocument(
            storedPath, hash, analysis, size, doc.Encoding, h.Number?.Display, doc.OwnKey, h.Type?.Code,
            h.Issuer is { } ib ? OneLineText.Of(ib.Field.Text) : null, h.PlaceDate?.Date.Value,
            doc.Plan.Period?.StartYear, doc.Plan.Period?.EndYear, h.Title?.Text);
        var findings = lint?.Findings.Select(f => new CorpusFinding(
            f.Location.Start.Line, f.Location.Start.Column, f.Location.End.Line, f.Location.End.Column, f.Level, f.RuleId, f.Message, f.Text)).ToList() ?? [];
        return new DocumentFacts(document, doc.Normalized.Text, Citations(doc), Quantities(doc), findings) { BlockLines = Lines(doc) };
    }

    /// <summary>The source line each paragraph of the normalized text starts on.</summary>
    private static int[] Lines(AnalyzedDocument d)
    {
        var n = d.Normalized;
        var lines = new int[n.Blocks.Count];
        for (int i = 0; i < lines.Length; i++) lines[i] = n.SourcePosition(n.Blocks[i].Span.Start).Line;
        return lines;
    }

    private static List<CorpusCitation> Citations(AnalyzedDocument d)
    {
        var n = d.Normalized;
        var list = new List<CorpusCitation>();
        foreach (var c in d.Citations)
        {
            if (c.IsSelf) continue;
            var at = d.Source.GetPosition(n.ToSource(c.Span).Start);
            var ante = c.Antecedent is int a ? d.Citations[a] : null;
            var date = c.Date?.Value ?? (c.Date is null ? ante?.Date?.Value : null);
            list.Add(new CorpusCitation(
                at.Line, at.Column, c.Key, c.Kind, c.Type, c.Number, c.Year, c.TypeCode, c.IssuerCode, date, c.Date is null || c.Date.IsValid,
                c.Issuer ?? ante?.Issuer, c.Summary, c.Relation, OneLineText.Of(n.Quote(c.Span)).Trim(), c.Pinpoint));
        }
        return list;
    }

    private static List<CorpusQuantity> Quantities(AnalyzedDocument d)
    {
        var n = d.Normalized;
        return d.Quantities.Select(q =>
        {
            var at = n.SourcePosition(q.Span.Start);
            return new CorpusQuantity(at.Line, at.Column, q.Kind, q.Role, (double)q.Value, (double?)q.Of, (double?)q.UpperValue, q.Comparison,
                q.Unit, q.Year, q.Subject, n.Quote(q.Span).ReplaceLineEndings(" "));
        }).ToList();
    }
}
