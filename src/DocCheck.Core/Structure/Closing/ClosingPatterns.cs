using System.Text.RegularExpressions;

namespace DocCheck.Structure;

/// <summary>Patterns the closing-matter parser applies to single blocks. Compiled once, with timeouts.</summary>
internal static partial class ClosingPatterns
{
    /// <summary>A person's name: two to six capitalised words.</summary>
    [GeneratedRegex(@"^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    public static partial Regex PersonName();
}
