using DocCheck.Rules;

namespace DocCheck.Corpus;

/// <summary>A lint finding as the corpus keeps it: the rule, its level and message, and the place in the source (1-based, end exclusive).</summary>
public sealed record CorpusFinding(int Line, int Column, int EndLine, int EndColumn, RuleLevel Level, string RuleId, string Message, string Text);
