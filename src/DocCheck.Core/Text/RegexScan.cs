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

    /// <summary>
    /// The matches of <paramref name="anchored"/>, a pattern that starts with <c>\G</c>, tried at each of
    /// <paramref name="starts"/> (ascending) that is not inside the previous match: the matches of the pattern without
    /// its <c>\G</c>, as <c>Matches</c> finds them, when every one of those starts at one of <paramref name="starts"/>.
    /// </summary>
    public static Matches EachAt(this Regex anchored, string input, List<int> starts) => new(anchored, input, 0, -1, starts);

    public readonly struct Matches(Regex? pattern, string input, int startat, int length = -1, List<int>? starts = null)
    {
        public Enumerator GetEnumerator() => new(pattern, input, startat, length, starts);
    }

    public struct Enumerator(Regex? pattern, string input, int startat, int length, List<int>? starts)
    {
        private Match? _current;
        private int _next, _end;

        public readonly Match Current => _current!;

        public bool MoveNext()
        {
            if (pattern is null) return false;
            if (starts is not null)
            {
                while (_next < starts.Count)
                {
                    int p = starts[_next++];
                    if (p < _end) continue;
                    var m = pattern.Match(input, p);
                    if (!m.Success) continue;
                    _current = m;
                    _end = m.Index + m.Length;
                    return true;
                }
                return false;
            }
            _current = _current is not null ? _current.NextMatch()
                : length < 0 ? pattern.Match(input, startat) : pattern.Match(input, startat, length);
            return _current.Success;
        }
    }
}
