namespace DocCheck.Text;

/// <summary>The six Vietnamese tones; every tone but <see cref="None"/> is written as a mark on the vowel.</summary>
public enum Tone : byte { None, Grave, Acute, Hook, Tilde, DotBelow }
