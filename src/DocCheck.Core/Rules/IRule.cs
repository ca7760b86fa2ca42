namespace DocCheck.Rules;

/// <summary>A rule reads the analyzed document through the context and reports findings; it never re-parses text.</summary>
public interface IRule
{
    /// <summary>The rule's identity.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>Checks one document.</summary>
    IEnumerable<Finding> Check(RuleContext context);
}
