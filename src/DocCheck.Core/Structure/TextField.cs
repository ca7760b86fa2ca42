using DocCheck.Text;

namespace DocCheck.Structure;

/// <summary>A piece of normalized text and where it stands.</summary>
public sealed record TextField(string Text, TextSpan Span);
