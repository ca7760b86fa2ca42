using DocCheck.Text;

namespace DocCheck.Normalization;

/// <summary>Runs the normalization steps in order and composes their maps.</summary>
public sealed class TextNormalizer
{
    private readonly INormalizationStep[] _characterSteps;
    private readonly ReflowStep _reflow = new();

    /// <summary>The standard pipeline: Unicode clean-up, tone marks, markup, reflow.</summary>
    public TextNormalizer() : this([new UnicodeCleanupStep(), new ToneMarkStep(), new MarkupStep()]) { }

    /// <summary>A pipeline with the given character-level steps; reflow always runs last.</summary>
    public TextNormalizer(IEnumerable<INormalizationStep> characterSteps) => _characterSteps = characterSteps.ToArray();

    /// <summary>Normalizes a source text.</summary>
    public NormalizedText Normalize(SourceText source)
    {
        string text = source.Text;
        OffsetMap map = OffsetMap.Identity(text.Length);
        foreach (var step in _characterSteps)
        {
            var r = step.Apply(text);
            map = map.Then(r.Map);
            text = r.Text;
        }
        var reflowed = _reflow.Reflow(text);
        map = map.Then(reflowed.Map);
        return new NormalizedText(source, reflowed.Text, map, reflowed.Blocks);
    }

    /// <summary>Normalizes a bare string (no file).</summary>
    public NormalizedText Normalize(string text) => Normalize(new SourceText("<text>", text));
}
