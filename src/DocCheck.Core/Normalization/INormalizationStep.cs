using DocCheck.Text;

namespace DocCheck.Normalization;

/// <summary>One normalization step: returns new text plus the map back to its input.</summary>
public interface INormalizationStep
{
    /// <summary>Short name, shown in diagnostics.</summary>
    string Name { get; }

    /// <summary>Transforms <paramref name="input"/>.</summary>
    StepResult Apply(string input);
}

/// <summary>The text a step produced and the map back to the step's input.</summary>
public sealed record StepResult(string Text, OffsetMap Map);
