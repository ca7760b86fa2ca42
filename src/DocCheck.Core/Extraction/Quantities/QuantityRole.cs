namespace DocCheck.Extraction.Quantities;

/// <summary>What a quantity is for: a goal, a past result, a threshold that defines a criterion, or neither.</summary>
public enum QuantityRole { Other, Target, Baseline, Requirement }
