using System.Globalization;
using DocCheck.Lexicon;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using F = DocCheck.Corpus.Lucene.SearchFields;

namespace DocCheck.Corpus.Lucene;

/// <summary>A stored document as the search index holds it.</summary>
internal static class SearchDocumentMapper
{
    private const int LeadLength = 500;

    public static Document ToLucene(SearchDocument d)
    {
        var doc = new Document
        {
            new StringField(F.Path, d.Path, Field.Store.YES),
            // With positions (phrases). Not stored: snippets read the text from the store (the truth), which keeps the
            // index a third smaller and its writing faster; the highlighter analyzes the passage again, so no offsets either.
            new TextField(F.Text, d.Text, Field.Store.NO),
            new TextField(F.Lead, d.Text.Length <= LeadLength ? d.Text : d.Text[..LeadLength], Field.Store.NO),
            new StoredField(F.Seq, d.Seq),
        };
        if (d.Title is { } title) doc.Add(new TextField(F.Title, title, Field.Store.YES));
        if (d.Number is { } number) doc.Add(new StoredField(F.Number, number));
        if (d.OwnKey is { } key) doc.Add(new StringField(F.OwnKey, key, Field.Store.YES));
        if (d.TypeCode is { } type) AddValue(doc, F.Type, type);
        if (d.Issuer is { } issuer)
        {
            doc.Add(new TextField(F.Issuer, issuer, Field.Store.YES));
            doc.Add(new SortedDocValuesField(F.IssuerValue, new BytesRef(issuer)));
        }
        if (Provinces.Of(d.Issuer) is { } province) AddValue(doc, F.Province, province);
        if (d.Status is { } status) AddValue(doc, F.Status, status);
        if (d.IssueDate is { } date)
        {
            doc.Add(new StoredField(F.Date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            doc.Add(new Int32Field(F.Year, date.Year, Field.Store.NO));
            doc.Add(new NumericDocValuesField(F.Year, date.Year));
        }
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (string cited in d.CitedKeys)
        {
            doc.Add(new StringField(F.Cites, cited, Field.Store.NO));
            int a = cited.IndexOf('/'), b = a < 0 ? -1 : cited.IndexOf('/', a + 1);
            if (b != a + 5 || !cited.AsSpan(a + 1, 4).ToString().All(char.IsAsciiDigit)) continue;
            // "62/2022", and with its type code "62/2022/nđ" (for "nd 62/2022": not 62/2022/TT-BTC).
            string cnumber = cited[..b].ToLowerInvariant();
            int dash = cited.IndexOf('-', b);
            string typed = cnumber + "/" + (dash < 0 ? cited[(b + 1)..] : cited[(b + 1)..dash]).ToLowerInvariant();
            foreach (string v in (string[])[cnumber, typed])
                if (numbers.Add(v)) doc.Add(new StringField(F.CitesNumber, v, Field.Store.NO));
        }
        foreach (var relation in d.Relations)
        {
            doc.Add(new StringField(F.Relation, relation.ToString(), Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(F.Relation, new BytesRef(relation.ToString())));
        }
        return doc;
    }

    /// <summary>An exact value to filter on, stored, with a doc value to count by.</summary>
    private static void AddValue(Document doc, string field, string value)
    {
        doc.Add(new StringField(field, value, Field.Store.YES));
        doc.Add(new SortedDocValuesField(field, new BytesRef(value)));
    }
}
