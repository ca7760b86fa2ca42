namespace DocCheck.Rules;

/// <summary>The rule ranges: DC1xxx form, DC2xxx citations, DC3xxx dates, DC4xxx targets and numbers, DC5xxx text.</summary>
public enum RuleCategory { Form, Citations, Dates, Targets, Text }
