using System.Text.RegularExpressions;

namespace DocCheck.Text;

/// <summary>
/// The matches of a pattern, one after another, without the collection: <c>Regex.Matches</c> makes a
/// <see cref="MatchCollection"/>, its list and its enumerator for every call, even when nothing matches, and the
/// extractors call their patterns on every block. The same matches in the same order (<see cref="Match.NextMatch"/>
/// is how the collection finds them too).
/// </summary>
internal static class RegexScan
{
    /// <summary>The matches of <paramref name="pattern"/> in <paramref name="input"/>; none at all when <paramref name="when"/> is false (the pattern is not run).</summary>
    public static Matches Each(this Regex pattern, string input, bool when = true) => new(when ? pattern : null, input, 0);

    /// <summary>The matches of <paramref name="pattern"/> in <paramref name="input"/> from <paramref name="startat"/> on, as <c>Matches(input, startat)</c> finds them.</summary>
    public static Matches Each(this Regex pattern, string input, int startat) => new(pattern, input, startat);

    /// <summary>
    /// The matches of <paramref name="pattern"/> in [<paramref name="beginning"/>, +<paramref name="length"/>) of
    /// <paramref name="input"/> as if that part were the whole text (as <c>Matches(input.Substring(beginning, length))</c>
    /// finds them), with indices in <paramref name="input"/>.
    /// </summary>
    public static Matches Each(this Regex pattern, string input, int beginning, int length) => new(pattern, input, beginning, length);

    public readonly struct Matches(Regex? pattern, string input, int startat, int length = -1)
    {
        public Enumerator GetEnumerator() => new(pattern, input, startat, length);
    }

    public struct Enumerator(Regex? pattern, string input, int startat, int length)
    {
        private Match? _current;

        public readonly Match Current => _current!;

        public bool MoveNext()
        {
            if (pattern is null) return false;
            _current = _current is not null ? _current.NextMatch()
                : length < 0 ? pattern.Match(input, startat) : pattern.Match(input, startat, length);
            return _current.Success;
        }
    }
}
