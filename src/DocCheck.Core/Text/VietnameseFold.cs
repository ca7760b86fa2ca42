using System.Text;
using DocCheck.Normalization;

namespace DocCheck.Text;

/// <summary>
/// Folding for accent-insensitive search, the one every index and query uses: NFC, lower case, every diacritic
/// removed and đ → d (tone placement no longer matters once tones are gone). "Nghị định … một cửa" and
/// "nghi dinh mot cua" fold to the same words. Length-preserving on NFC text, so a folded position is a position of the text.
/// </summary>
public static class VietnameseFold
{
    /// <summary>The folded form of <paramref name="text"/>.</summary>
    public static string Fold(string text) =>
        VietnameseLetters.Fold(text.Normalize(NormalizationForm.FormC).ToLowerInvariant());
}
