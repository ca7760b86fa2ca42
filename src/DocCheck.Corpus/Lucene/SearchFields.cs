namespace DocCheck.Corpus.Lucene;

/// <summary>The fields of a search document. Text fields hold words as written and folded; the others are exact values.</summary>
internal static class SearchFields
{
    /// <summary>The stored path: the document's identity (exact, stored).</summary>
    public const string Path = "path";
    /// <summary>The normalized text (analyzed with positions; not stored: snippets read it from the store).</summary>
    public const string Text = "text";
    /// <summary>The opening of the text (header, type, title: the first 500 characters), where a document names itself (analyzed).</summary>
    public const string Lead = "lead";
    /// <summary>The title (analyzed; stored).</summary>
    public const string Title = "title";
    /// <summary>The issuing body's name (analyzed, for "part of the name" filters; stored; a doc value for counts).</summary>
    public const string Issuer = "issuer";
    public const string IssuerValue = "issuer_value";
    /// <summary>Number and symbol as written (stored).</summary>
    public const string Number = "number";
    /// <summary>The document's own key (exact).</summary>
    public const string OwnKey = "own_key";
    /// <summary>Type code ("KH"), province, status (exact; doc values for counts).</summary>
    public const string Type = "type";
    public const string Province = "province";
    public const string Status = "status";
    /// <summary>Issue date (stored, ISO) and its year (numeric, for ranges and counts).</summary>
    public const string Date = "date";
    public const string Year = "year";
    /// <summary>Canonical keys of the instruments the document cites, and the relations it cites them with (exact, many).</summary>
    public const string Cites = "cites";
    public const string Relation = "relation";
    /// <summary>Number/year of each cited instrument whose symbol has its year ("62/2022" of 62/2022/NĐ-CP), for "nd 62/2022".</summary>
    public const string CitesNumber = "cites_number";
    /// <summary>The store batch that wrote it (stored).</summary>
    public const string Seq = "seq";
}
