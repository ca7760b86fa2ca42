using System.Text;

namespace DocCheck.Reading.Encodings;

/// <summary>The Windows code pages the legacy decoders build on.</summary>
/// <remarks>
/// Taken straight from <see cref="CodePagesEncodingProvider"/> (part of the shared framework) instead of registering
/// the provider globally, so this library does not change <see cref="Encoding.GetEncoding(int)"/> for its host.
/// </remarks>
internal static class LegacyCodePages
{
    /// <summary>Windows-1252: what bytes the Vietnamese font encodings leave undefined meant on a Western Windows.</summary>
    public static readonly Encoding Windows1252 = Load(1252);

    /// <summary>Windows-1258 (Vietnamese).</summary>
    public static readonly Encoding Windows1258 = Load(1258);

    private static Encoding Load(int codePage) =>
        CodePagesEncodingProvider.Instance.GetEncoding(codePage)
        ?? throw new InvalidOperationException($"Code page {codePage} is not available.");
}
