using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DocCheck.Corpus.Lucene;

/// <summary>Takes the joiners (/ - . &amp; _) off both ends of a token, and drops a token that was nothing else ("--", "...").</summary>
internal sealed class JoinerTrimFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;

    public JoinerTrimFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        int skipped = 0;
        while (m_input.IncrementToken())
        {
            var buffer = _term.Buffer;
            int start = 0, end = _term.Length;
            while (start < end && WordTokenizer.IsJoiner(buffer[start])) start++;
            while (end > start && WordTokenizer.IsJoiner(buffer[end - 1])) end--;
            if (start == end) { skipped += _position.PositionIncrement; continue; }
            if (start > 0 || end < _term.Length)
            {
                int so = _offset.StartOffset, eo = _offset.EndOffset;
                _term.CopyBuffer(buffer, start, end - start);
                _offset.SetOffset(so + start, Math.Min(eo, so + end));
            }
            _position.PositionIncrement += skipped;
            return true;
        }
        return false;
    }
}
