using DocCheck.Extraction.Citations;
using DocCheck.Pipeline;

namespace DocCheck.Reporting;

/// <summary>One citation as DocCheck prints it: source position, canonical key, fields and the quoted source text;
/// <see cref="WrittenKey"/> is the number as written when the key restores a part it lost.</summary>
public sealed record CitationRow(
    string File, int Line, int Column, int EndLine, int EndColumn, string Key, string Kind, string Type, string? TypeWord,
    string? Number, int? Year, string? TypeCode, string? IssuerCode, string? Date, bool DateValid, string? ResolvedDate,
    string? Issuer, string? Summary, string? Pinpoint, string Relation, bool Alias, string Text, string? WrittenKey = null)
{
    /// <summary>The rows of a document's citations (the document's own number is left out).</summary>
    public static IEnumerable<CitationRow> From(AnalyzedDocument d)
    {
        var doc = d.Normalized;
        foreach (var c in d.Citations)
        {
            if (c.IsSelf) continue;
            var src = doc.ToSource(c.Span);
            var start = doc.Source.GetPosition(src.Start);
            var end = doc.Source.GetPosition(src.End);
            var ante = c.Antecedent is int a ? d.Citations[a] : null;
            string? resolved = c.Date?.Iso ?? (c.Date is null ? ante?.Date?.Iso : null);
            yield return new CitationRow(
                d.Path, start.Line, start.Column, end.Line, end.Column, c.Key, c.Kind.ToString(), c.Type.ToString(), c.TypeWord,
                c.Number, c.Year, c.TypeCode, c.IssuerCode, c.Date?.Iso, c.Date is null || c.Date.IsValid, resolved,
                c.Issuer ?? ante?.Issuer, c.Summary, c.Pinpoint, c.Relation.ToString(), c.IsAlias,
                OneLine(doc.Quote(c.Span)), c.WrittenKey);
        }
    }

    private static string OneLine(string s) => DocCheck.Text.OneLineText.Of(s).Trim();
}

/// <summary>An instrument named with its number left blank ("Tờ trình số /TTr-SNV"), as DocCheck prints it.</summary>
public sealed record BlankCitationRow(string File, int Line, int Column, string TypeWord, string Written, string Symbol, int? Year, string? Date, string Text)
{
    public static IEnumerable<BlankCitationRow> From(AnalyzedDocument d)
    {
        var doc = d.Normalized;
        foreach (var b in d.BlankCitations)
        {
            if (b.IsOwnAttachment) continue;
            var start = doc.Source.GetPosition(doc.ToSource(b.NumberSpan).Start);
            yield return new BlankCitationRow(d.Path, start.Line, start.Column, b.TypeWord, DocCheck.Text.OneLineText.Of(doc.Slice(b.NumberSpan)).Trim(),
                b.Symbol, b.Year, b.DateSpan is { } ds ? DocCheck.Text.OneLineText.Of(doc.Slice(ds)).Trim() : null,
                DocCheck.Text.OneLineText.Of(doc.Quote(b.Span)).Trim());
        }
    }
}
