using System.Collections.Frozen;
using System.Reflection;

namespace DocCheck.Lexicon;

/// <summary>Word lists and code tables, loaded once from the embedded resources in Resources/.</summary>
public static class VietnameseLexicon
{
    /// <summary>Document types from NĐ 30/2020 Phụ lục III and the normative types.</summary>
    public static IReadOnlyList<DocumentTypeInfo> DocumentTypes { get; } = LoadTypes();

    /// <summary>Type by upper-case name ("KẾ HOẠCH").</summary>
    public static FrozenDictionary<string, DocumentTypeInfo> TypesByUpperName { get; } =
        DocumentTypes.GroupBy(t => t.UpperName).ToFrozenDictionary(g => g.Key, g => g.First());

    /// <summary>Type by code ("KH"), compared without case.</summary>
    public static FrozenDictionary<string, DocumentTypeInfo> TypesByCode { get; } =
        DocumentTypes.GroupBy(t => t.Code, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Signature positions in capitals, longest first.</summary>
    public static IReadOnlyList<string> SignaturePositions { get; } =
        ReadLines("signature-positions.txt").OrderByDescending(s => s.Length).ToArray();

    /// <summary>Words that open an issuing body's name, longest first.</summary>
    public static IReadOnlyList<string> IssuerWords { get; } =
        ReadLines("issuer-words.txt").OrderByDescending(s => s.Length).ToArray();

    /// <summary>Words that name a kind of place before its name ("THÀNH PHỐ", "HUYỆN"), upper case, longest first.</summary>
    public static IReadOnlyList<string> PlaceMarkers { get; } =
        ReadLines("place-markers.txt").OrderByDescending(s => s.Length).ToArray();

    /// <summary>Words after which a phrase goes on ("của", "và", "theo"): a line ending in one is not a heading's end.</summary>
    public static FrozenSet<string> PhraseContinuingWords { get; } =
        ReadLines("phrase-continuing-words.txt").ToFrozenSet(StringComparer.Ordinal);

    private static List<DocumentTypeInfo> LoadTypes()
    {
        var list = new List<DocumentTypeInfo>();
        foreach (string line in ReadLines("document-types.tsv"))
        {
            var parts = line.Split('\t');
            if (parts.Length >= 3) list.Add(new DocumentTypeInfo(parts[0], parts[1], parts[2]));
        }
        return list;
    }

    /// <summary>Non-empty, non-comment lines of an embedded resource.</summary>
    internal static IEnumerable<string> ReadLines(string name)
    {
        var asm = typeof(VietnameseLexicon).Assembly;
        using var stream = asm.GetManifestResourceStream("DocCheck.Resources." + name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            lines.Add(line);
        }
        return lines;
    }
}
