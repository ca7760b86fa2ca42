using DocCheck.Rules;

namespace DocCheck.Application.Lint;

/// <summary>
/// What to lint: files, folders (recursive) and their include/exclude globs, an explicit configuration file (else each
/// file's nearest doccheck.json), a corpus to check against (DC2008, DC2009), and the run's options.
/// </summary>
public sealed record LintRequest(IReadOnlyList<string> Paths)
{
    public IReadOnlyList<string> Include { get; init; } = [];
    public IReadOnlyList<string> Exclude { get; init; } = [];
    public string? ConfigPath { get; init; }
    /// <summary>The corpus database for the corpus-wide rules, or null for none.</summary>
    public string? Corpus { get; init; }
    /// <summary>Language, reference date and minimum level; per-file configuration is applied on top.</summary>
    public LintOptions Options { get; init; } = new();
    /// <summary>
    /// True to keep each file's whole source text in the report (the HTML report shows it); false to keep only the
    /// lines with a finding, which the text format prints: the report of a large corpus then no longer holds every
    /// text until the last file is done.
    /// </summary>
    public bool KeepSourceText { get; init; } = true;
}
