using DocCheck.Pipeline;
using DocCheck.Reading;
using DocCheck.Rules;
using DocCheck.Text;

namespace DocCheck.Reporting.Lint;

/// <summary>A place in the source file: the span, and its 1-based start and end (end column is just past the last character).</summary>
public sealed record SourceLocation(TextSpan Span, LinePosition Start, LinePosition End)
{
    /// <summary>Maps a span of the normalized text to the source.</summary>
    public static SourceLocation Of(AnalyzedDocument doc, TextSpan normalizedSpan)
    {
        var src = doc.Normalized.ToSource(normalizedSpan);
        return new SourceLocation(src, doc.Source.GetPosition(src.Start), doc.Source.GetPosition(src.End));
    }
}

/// <summary>A related place, positioned in the source.</summary>
public sealed record LocatedRelated(SourceLocation Location, string Note);

/// <summary>A finding positioned in the source, with the text it covers and the fix (if any) positioned too.</summary>
public sealed record LocatedFinding(Finding Finding, SourceLocation Location, string Text, IReadOnlyList<LocatedRelated> Related, SourceLocation? FixLocation)
{
    public string RuleId => Finding.RuleId;
    public RuleLevel Level => Finding.Level;
    public string Message => Finding.Message;
}

/// <summary>One checked file: the path as it was given (or found), its source text, and its findings in order.</summary>
public sealed record LintedFile(string Path, SourceText Source, IReadOnlyList<LocatedFinding> Findings)
{
    /// <summary>Positions the findings of <paramref name="doc"/> in its source.</summary>
    public static LintedFile From(string path, AnalyzedDocument doc, IEnumerable<Finding> findings)
    {
        var located = findings.Select(f =>
        {
            var loc = SourceLocation.Of(doc, f.Span);
            string text = doc.Source.Slice(loc.Span);
            var related = f.Related.Select(r => new LocatedRelated(SourceLocation.Of(doc, r.Span), r.Note)).ToList();
            var fix = f.Fix is null ? null : SourceLocation.Of(doc, f.Fix.Span);
            return new LocatedFinding(f, loc, text, related, fix);
        }).ToList();
        return new LintedFile(path, doc.Source, located);
    }
}

/// <summary>The result of a lint run: files in the order given, files that could not be read, and the language of messages.</summary>
public sealed record LintReport(IReadOnlyList<LintedFile> Files, IReadOnlyList<ReadError> Errors, string Lang)
{
    public int Count(RuleLevel level) => Files.Sum(f => f.Findings.Count(x => x.Level == level));

    public bool HasErrors => Count(RuleLevel.Error) > 0;

    /// <summary>The lowercase level name used in text, JSON and CSV ("error", "warning", "info").</summary>
    public static string LevelName(RuleLevel level) => level switch
    {
        RuleLevel.Error => "error",
        RuleLevel.Warning => "warning",
        _ => "info",
    };

    /// <summary>The level as a Vietnamese word, for the HTML page and the summary.</summary>
    public static string LevelWord(RuleLevel level, string lang) => (level, lang) switch
    {
        (RuleLevel.Error, "en") => "error",
        (RuleLevel.Warning, "en") => "warning",
        (_, "en") => "info",
        (RuleLevel.Error, _) => "lỗi",
        (RuleLevel.Warning, _) => "cảnh báo",
        _ => "lưu ý",
    };

    /// <summary>"3 lỗi, 5 cảnh báo, 2 lưu ý trong 4 tệp" / "3 errors, 5 warnings, 2 notes in 4 files".</summary>
    public string Summary() => Lang == "en"
        ? $"{Count(RuleLevel.Error)} errors, {Count(RuleLevel.Warning)} warnings, {Count(RuleLevel.Info)} notes in {Files.Count} files" + (Errors.Count > 0 ? $"; {Errors.Count} files could not be read" : "")
        : $"{Count(RuleLevel.Error)} lỗi, {Count(RuleLevel.Warning)} cảnh báo, {Count(RuleLevel.Info)} lưu ý trong {Files.Count} tệp" + (Errors.Count > 0 ? $"; {Errors.Count} tệp không đọc được" : "");
}
