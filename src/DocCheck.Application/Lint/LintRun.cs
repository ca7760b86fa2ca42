using DocCheck.Reporting.Lint;
using DocCheck.Rules;

namespace DocCheck.Application.Lint;

/// <summary>What a lint run found (<see cref="Report"/>, files in a stable order) and the rules that failed on some file (bugs, reported, never fatal).</summary>
public sealed record LintRun(LintReport Report, IReadOnlyList<RuleFailure> Failures);
