using System.Text;
using DocCheck.Normalization;

namespace DocCheck.Text;

/// <summary>
/// Folding for accent-insensitive search: NFC, lower case, every diacritic removed and đ → d (tone placement
/// no longer matters once tones are gone). "Nghị định … một cửa" and "nghi dinh mot cua" fold to the same words.
/// </summary>
public static class VietnameseFold
{
    public static string Fold(string text) =>
        VietnameseLetters.Fold(text.Normalize(NormalizationForm.FormC).ToLowerInvariant());
}
