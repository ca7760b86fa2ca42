namespace DocCheck.Rules;

/// <summary>Settings of a lint run: language, reference date, plan-period override, and per-rule levels (null = off).</summary>
public sealed record LintOptions
{
    public string Lang { get; init; } = "vi";
    public DateOnly? ReferenceDate { get; init; }
    public (int Start, int End)? Period { get; init; }
    /// <summary>Rule ID → level; a rule mapped to null is off; rules not listed keep their default level.</summary>
    public IReadOnlyDictionary<string, RuleLevel?> Levels { get; init; } = new Dictionary<string, RuleLevel?>();
    public RuleLevel MinLevel { get; init; } = RuleLevel.Info;

    /// <summary>The corpus and registry, for DC2008 and DC2009 (lint --db); null = those rules stay silent.</summary>
    public IInstrumentFacts? Corpus { get; init; }
}
