using DocCheck.Pipeline;

namespace DocCheck.Rules;

/// <summary>Runs the rules on an analyzed document and applies the run's levels; findings come out in document order.</summary>
public sealed class Linter(IReadOnlyList<IRule> rules)
{
    public Linter() : this(RuleCatalog.All) { }

    /// <summary>
    /// Checks one document. A rule that throws reports nothing for this document and is recorded in
    /// <paramref name="failures"/> (if given); the other rules still run.
    /// </summary>
    public IReadOnlyList<Finding> Lint(AnalyzedDocument document, LintOptions options, ICollection<RuleFailure>? failures = null)
    {
        var context = new RuleContext(document, options);
        var findings = new List<Finding>();
        foreach (var rule in rules)
        {
            var level = options.Levels.TryGetValue(rule.Descriptor.Id, out var configured) ? configured : rule.Descriptor.DefaultLevel;
            if (level is null || level < options.MinLevel) continue;
            try
            {
                findings.AddRange(rule.Check(context).Select(f => f with { Level = level.Value }).ToList());
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failures?.Add(new RuleFailure(rule.Descriptor.Id, document.Path, e));
            }
        }
        return findings.OrderBy(f => f.Span.Start).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList();
    }
}

/// <summary>A rule that threw on a document: a bug in DocCheck, reported without stopping the run.</summary>
public sealed record RuleFailure(string RuleId, string Path, Exception Exception);
