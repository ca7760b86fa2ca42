using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;

namespace DocCheck.Corpus.Lucene;

/// <summary>
/// Puts a word with marks in the index twice at one position: folded (every tone and vowel mark off, đ → d, as
/// ASCIIFoldingFilter folds) and as written with a leading '=' ("cua" and "=cửa"); a word without marks once ("ban").
/// A word typed with marks is looked up as written, one typed without them folded — the two fields of a folded and an
/// exact index in one positions list, so a phrase may mix the two.
/// </summary>
internal sealed class WrittenAndFoldedFilter : TokenFilter
{
    /// <summary>The prefix of a written form.</summary>
    public const char Written = '=';

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    // The written form waiting to follow its folded form. Between the two the input does not move, so every other
    // attribute (offsets, type) still holds for it: no state needs capturing (CaptureState made analysis 4× slower).
    private bool _pending;
    private char[] _written = new char[64];
    private int _writtenLength;
    private char[] _folded = new char[64];

    public WrittenAndFoldedFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending)
        {
            _pending = false;
            var buffer = _term.ResizeBuffer(_writtenLength + 1);
            buffer[0] = Written;
            Array.Copy(_written, 0, buffer, 1, _writtenLength);
            _term.Length = _writtenLength + 1;
            _position.PositionIncrement = 0;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        int length = _term.Length;
        if (_written.Length < length) _written = new char[length * 2];
        Array.Copy(_term.Buffer, _written, length);
        _writtenLength = length;
        if (_folded.Length < length * 4) _folded = new char[length * 4];
        int n = ASCIIFoldingFilter.FoldToASCII(_term.Buffer, 0, _folded, 0, length);
        // A word without marks is its own folded form: one token (a third of the words, a sixth of the postings).
        if (n == length && _term.Buffer.AsSpan(0, length).SequenceEqual(_folded.AsSpan(0, n))) return true;
        _term.CopyBuffer(_folded, 0, n);
        _pending = true;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending = false;
    }
}
