namespace DocCheck.Extraction.Citations;

/// <summary>The type of a cited instrument, from its type word or, failing that, its type code.</summary>
public enum InstrumentType
{
    Unknown, Constitution, Code, Law, Ordinance, Resolution, JointResolution, Decree, Decision, Directive,
    Circular, JointCircular, Plan, Programme, Conclusion, Guidance, OfficialLetter, OfficialDispatch, Notice,
    Report, Submission, Regulation, Rules, Scheme, Project, ConsolidatedText, Standard,
}
