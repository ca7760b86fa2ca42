using DocCheck.Text;

namespace DocCheck.Normalization;

/// <summary>The reflowed text, its map back to the step's input, and its blocks.</summary>
public sealed record ReflowResult(string Text, OffsetMap Map, IReadOnlyList<Block> Blocks);
