using DocCheck.Pipeline;

namespace DocCheck.Rules;

/// <summary>Runs the rules on an analyzed document and applies the run's levels; findings come out in document order.</summary>
public sealed class Linter(IReadOnlyList<IRule> rules)
{
    public Linter() : this(RuleCatalog.All) { }

    /// <summary>Checks one document. A rule that fails reports nothing for this document; the others still run.</summary>
    public IReadOnlyList<Finding> Lint(AnalyzedDocument document, LintOptions options)
    {
        var context = new RuleContext(document, options);
        var findings = new List<Finding>();
        foreach (var rule in rules)
        {
            var level = options.Levels.TryGetValue(rule.Descriptor.Id, out var configured) ? configured : rule.Descriptor.DefaultLevel;
            if (level is null || level < options.MinLevel) continue;
            findings.AddRange(rule.Check(context).Select(f => f with { Level = level.Value }));
        }
        return findings.OrderBy(f => f.Span.Start).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList();
    }
}
