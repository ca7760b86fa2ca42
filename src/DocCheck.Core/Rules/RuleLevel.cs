namespace DocCheck.Rules;

/// <summary>How serious a finding is. SARIF calls Info "note".</summary>
public enum RuleLevel { Info, Warning, Error }
