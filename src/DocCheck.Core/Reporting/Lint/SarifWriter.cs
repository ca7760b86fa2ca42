using System.Text.Json;
using DocCheck.Rules;

namespace DocCheck.Reporting.Lint;

/// <summary>Where a SARIF reader learns more: the tool's page and the folder of rule pages (each rule's page is the
/// folder and its ID). Both absolute URIs, or null to leave them out.</summary>
/// <param name="InformationUri">The tool's page, e.g. the README installed beside it, or a server's address.</param>
/// <param name="RulesUri">The rule pages' address ending in "/", e.g. "http://doccheck.local:5000/rules/" of
/// <c>doccheck serve</c>: a rule's helpUri is this and its ID.</param>
public sealed record SarifLinks(string? InformationUri, string? RulesUri)
{
    /// <summary>Checks that both are absolute URIs (SARIF requires it) and gives the rules address its final "/".</summary>
    public static SarifLinks Create(string? informationUri, string? rulesUri)
    {
        foreach (var (name, v) in new[] { ("informationUri", informationUri), ("rules", rulesUri) })
            if (v is not null && !System.Uri.TryCreate(v, UriKind.Absolute, out _))
                throw new ArgumentException($"\"{v}\" không phải địa chỉ tuyệt đối (http://…, file:///…) / is not an absolute URI ({name})");
        if (rulesUri is not null && !rulesUri.EndsWith('/')) rulesUri += "/";
        return new SarifLinks(informationUri, rulesUri);
    }
}

/// <summary>
/// SARIF 2.1.0: one run whose driver lists the whole rule catalogue, one result per finding with a 1-based region
/// in the source file (columns in UTF-16 code units, the SARIF default), related locations, and unreadable files
/// as tool execution notifications. Each rule carries a readable name (its English title in PascalCase) and its help
/// page itself (<c>help.markdown</c>, from docs/rules), so the report needs no link to be understood; helpUri and
/// informationUri are written when <see cref="SarifLinks"/> gives absolute addresses. Checked against Microsoft's
/// SARIF validator by the tests (tests/DocCheck.Tests/Reporting/SarifValidatorTests.cs).
/// </summary>
public static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(Utf8JsonWriter w, LintReport report, string toolVersion, SarifLinks? links = null)
    {
        var rules = RuleCatalog.Descriptors;
        var index = rules.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        w.WriteStartObject();
        w.WriteString("$schema", SchemaUri);
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();

        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "doccheck");
        w.WriteString("version", toolVersion);
        if (links?.InformationUri is { } info) w.WriteString("informationUri", info);
        w.WriteString("language", report.Lang == "en" ? "en" : "vi");
        w.WriteStartArray("rules");
        foreach (var d in rules)
        {
            w.WriteStartObject();
            w.WriteString("id", d.Id);
            w.WriteString("name", Name(d));
            w.WriteStartObject("shortDescription");
            w.WriteString("text", d.Title(report.Lang));
            w.WriteEndObject();
            w.WriteStartObject("fullDescription");
            w.WriteString("text", $"{d.TitleVi} / {d.TitleEn}");
            w.WriteEndObject();
            if (links?.RulesUri is { } rulesUri) w.WriteString("helpUri", rulesUri + d.Id);
            if (RuleHelp.Markdown(d.Id) is { } page)
            {
                w.WriteStartObject("help");
                w.WriteString("text", RuleHelp.EnglishSummary(d.Id) ?? $"{d.TitleVi} / {d.TitleEn}");
                w.WriteString("markdown", page);
                w.WriteEndObject();
            }
            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", Level(d.DefaultLevel));
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("category", d.Category.ToString());
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartArray("invocations");
        w.WriteStartObject();
        w.WriteBoolean("executionSuccessful", report.Errors.Count == 0);
        w.WriteStartArray("toolExecutionNotifications");
        foreach (var e in report.Errors)
        {
            w.WriteStartObject();
            w.WriteString("level", "error");
            w.WriteStartObject("message");
            w.WriteString("text", e.Describe(report.Lang));
            w.WriteEndObject();
            w.WriteStartArray("locations");
            w.WriteStartObject();
            w.WriteStartObject("physicalLocation");
            w.WriteStartObject("artifactLocation");
            w.WriteString("uri", Uri(e.Path));
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();

        w.WriteStartArray("results");
        foreach (var file in report.Files)
        {
            string uri = Uri(file.Path);
            foreach (var f in file.Findings)
            {
                w.WriteStartObject();
                w.WriteString("ruleId", f.RuleId);
                if (index.TryGetValue(f.RuleId, out int i)) w.WriteNumber("ruleIndex", i);
                w.WriteString("level", Level(f.Level));
                w.WriteStartObject("message");
                w.WriteString("text", f.Message);
                w.WriteEndObject();
                w.WriteStartArray("locations");
                WriteLocation(w, uri, f.Location, f.Text, null, null);
                w.WriteEndArray();
                if (f.Related.Count > 0)
                {
                    w.WriteStartArray("relatedLocations");
                    for (int r = 0; r < f.Related.Count; r++)
                        WriteLocation(w, uri, f.Related[r].Location, null, r + 1, f.Related[r].Note);
                    w.WriteEndArray();
                }
                if (f.Finding.Fix is { } fix && f.FixLocation is { } fl)
                {
                    w.WriteStartArray("fixes");
                    w.WriteStartObject();
                    w.WriteStartArray("artifactChanges");
                    w.WriteStartObject();
                    w.WriteStartObject("artifactLocation");
                    w.WriteString("uri", uri);
                    w.WriteEndObject();
                    w.WriteStartArray("replacements");
                    w.WriteStartObject();
                    w.WriteStartObject("deletedRegion");
                    WriteRegionNumbers(w, fl);
                    w.WriteEndObject();
                    w.WriteStartObject("insertedContent");
                    w.WriteString("text", fix.Replacement);
                    w.WriteEndObject();
                    w.WriteEndObject();
                    w.WriteEndArray();
                    w.WriteEndObject();
                    w.WriteEndArray();
                    w.WriteEndObject();
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }
        }
        w.WriteEndArray();

        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter w, string uri, SourceLocation l, string? snippet, int? id, string? note)
    {
        w.WriteStartObject();
        if (id is { } n) w.WriteNumber("id", n);
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", uri);
        w.WriteEndObject();
        w.WriteStartObject("region");
        WriteRegionNumbers(w, l);
        if (snippet is not null)
        {
            w.WriteStartObject("snippet");
            w.WriteString("text", snippet);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteEndObject();
        if (note is not null)
        {
            w.WriteStartObject("message");
            w.WriteString("text", note);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WriteRegionNumbers(Utf8JsonWriter w, SourceLocation l)
    {
        w.WriteNumber("startLine", l.Start.Line);
        w.WriteNumber("startColumn", l.Start.Column);
        w.WriteNumber("endLine", l.End.Line);
        w.WriteNumber("endColumn", l.End.Column);
    }

    /// <summary>The rule's readable name: its English title as one PascalCase word ("DocumentNumberMissingOrBlank").</summary>
    public static string Name(RuleDescriptor d)
    {
        var sb = new System.Text.StringBuilder(d.TitleEn.Length);
        bool up = true;
        foreach (char ch in d.TitleEn)
        {
            if (char.IsAsciiLetterOrDigit(ch)) { sb.Append(up ? char.ToUpperInvariant(ch) : ch); up = false; }
            else if (ch is not ('\'' or '’')) up = true;
        }
        return sb.Length > 0 ? sb.ToString() : d.Id;
    }

    /// <summary>SARIF level: error, warning or note.</summary>
    public static string Level(RuleLevel level) => level switch
    {
        RuleLevel.Error => "error",
        RuleLevel.Warning => "warning",
        _ => "note",
    };

    /// <summary>
    /// The path as given on the command line, as a URI reference: a relative path keeps its segments
    /// (forward slashes, each segment percent-encoded); an absolute path becomes a file:// URI.
    /// </summary>
    public static string Uri(string path)
    {
        if (Path.IsPathFullyQualified(path)) return new System.Uri(path).AbsoluteUri;
        var segments = path.Replace('\\', '/').Split('/');
        return string.Join('/', segments.Select(s => s is "." or ".." ? s : System.Uri.EscapeDataString(s)));
    }
}
