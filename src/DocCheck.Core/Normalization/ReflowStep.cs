using DocCheck.Lexicon;
using DocCheck.Text;

namespace DocCheck.Normalization;

/// <summary>
/// Joins hard-wrapped lines into paragraphs ("Số:\n497/KH-UBND" → "Số: 497/KH-UBND") while a line that
/// starts a structural item (I., 1., 1.1., a), -, +, Điều, Căn cứ, Nơi nhận…) starts a new one. Blank
/// lines end paragraphs; "|" lines and Markdown rows end table cells, and a "||" line (written by readers that
/// know where rows start) marks the next block as the start of a row; rule lines disappear. Whitespace
/// runs become one space. Paragraphs are separated by '\n' in the output.
/// A numbered heading without final punctuation ("2. Cải cách thủ tục hành chính") ends at its line when the next
/// line starts a sentence of its own and the heading could have gone on on its line, and the national motto ends
/// its block, so the place and date under it stand apart.
/// </summary>
public sealed class ReflowStep : INormalizationStep
{
    private static readonly string[] Connectives =
        ["CỦA", "VÀ", "VỚI", "THUỘC", "TẠI", "CHO", "VỀ", "TRÊN", "ĐỐI", "VIỆC", "HÀNH", "BAN", "CÁC", "NHÂN", "Ở", "TỪ", "ĐẾN", "NĂM", "-"];

    private static readonly string[] AuthorityStarts =
        [.. VietnameseLexicon.SignaturePositions, "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN"];

    public string Name => "reflow";

    public StepResult Apply(string input)
    {
        var r = Reflow(input);
        return new StepResult(r.Text, r.Map);
    }

    /// <summary>Reflows <paramref name="input"/> and returns its blocks as well.</summary>
    public ReflowResult Reflow(string input) => new Writer(input).Run();

    private sealed class Writer(string input)
    {
        private readonly OffsetMapBuilder _b = new(input.Length, input.Length);
        private readonly List<Block> _blocks = [];
        private int _paraStart = -1;        // output offset of the open paragraph, -1 when none
        private int _lastContentEnd;        // input offset just after the last character written
        private bool _paraLabelOnly, _paraClosed, _paraAllCaps;
        private bool _paraMotto;            // the open paragraph holds (part of) the national motto
        private bool _paraNumbered;         // the open paragraph starts with a numbered label (I., 1., 1.1., a), Điều 2.)
        private int _paraLines, _paraChars;
        private int _lastLineHeadingStart;  // where the heading's text starts in _lastLine; -1 when it started on an earlier line
        private string _lastLine = "";
        private int _wrapWidth;             // the length of a full hard-wrapped line; 0 when the text does not tell
        private bool _afterCellEnd;         // a "|" line or row mark came after the last paragraph
        private bool _paraInCell;           // the open paragraph is a table cell's text (it opened after a "|" line)
        private bool _rowStart;
        private bool _pendingCellOwner;     // the last block was closed by a blank or rule line, not by a cell end

        private bool _linesAreParagraphs;

        public ReflowResult Run()
        {
            _linesAreParagraphs = LinesAreParagraphs(input);
            _wrapWidth = HeadingLines.WrapWidth(input);
            int i = 0;
            int n = input.Length;
            while (i < n)
            {
                int lineStart = i;
                while (i < n && input[i] != '\n' && input[i] != '\r' && input[i] != '\u2028' && input[i] != '\u2029') i++;
                int lineEnd = i;
                if (i < n)
                {
                    if (input[i] == '\r' && i + 1 < n && input[i + 1] == '\n') i++;
                    i++;
                }
                Line(lineStart, lineEnd);
            }
            Flush(false, input.Length);
            var (text, map) = _b.Build();
            return new ReflowResult(text, map, _blocks);
        }

        private void Line(int start, int end)
        {
            int ts = start, te = end;
            while (ts < te && IsSpace(input[ts])) ts++;
            while (te > ts && IsSpace(input[te - 1])) te--;
            if (ts == te) { Flush(false, ts); return; }

            string line = input.Substring(ts, te - ts);
            if (line == "||")
            {
                // Row mark of readers that know rows (DOCX, HTML): the next block starts a table row.
                Flush(false, ts);
                _rowStart = true;
                _afterCellEnd = true;
                return;
            }
            if (IsPipeLine(line))
            {
                _afterCellEnd = true;
                // A cell whose text ended at a rule or blank line ("ỦY BAN…\n-------\n|") is still that cell.
                if (_paraStart < 0 && _pendingCellOwner && _blocks.Count > 0) { _blocks[^1] = _blocks[^1] with { EndsCell = true }; _pendingCellOwner = false; }
                else Flush(true, ts);
                return;
            }
            // A rule starts with one of "-_=~–—+|", a Markdown separator with "|", ":", "-" or a white space the trim
            // leaves (a no-break space).
            if ((line[0] is '-' or '_' or '=' or '~' or '–' or '—' or '+' or '|' or ':' || char.IsWhiteSpace(line[0]))
                && (LinePatterns.Rule().IsMatch(line) || LinePatterns.MarkdownSeparator().IsMatch(line))) { Flush(false, ts); return; }
            if (line.Length > 1 && line[0] == '|' && line.IndexOf('|', 1) > 0) { MarkdownRow(ts, te); return; }

            if (_paraStart >= 0)
            {
                bool structural = LinePatterns.OutlineLabel().IsMatch(line) || LinePatterns.Keyword().IsMatch(line) || IsTypeWordLine(line);
                bool split = structural || _paraClosed ||
                    (!_paraLabelOnly && (SentenceBoundary(line) || AuthorityBoundary(line) || CapsToMixed(line) || HeadingEnded(line, te)));
                // In a file whose lines are whole paragraphs, only a line that plainly continues a sentence joins.
                if (_linesAreParagraphs && !_paraLabelOnly && !char.IsLower(line[0])) split = true;
                if (split) Flush(false, ts);
            }

            bool first = _paraStart < 0;
            if (first)
            {
                Open(ts);
                _pendingCellOwner = false;
                _paraInCell = _afterCellEnd;
                _afterCellEnd = false;
            }
            else _b.Append(' ', _lastContentEnd, ts);
            AppendCollapsed(ts, te);

            bool caps = IsAllCaps(line);
            if (first)
            {
                _paraLabelOnly = LinePatterns.LabelOnly().IsMatch(line);
                _paraClosed = IsTypeWordLine(line) || line.EndsWith("QUYẾT ĐỊNH:", StringComparison.Ordinal);
                _paraAllCaps = caps;
                int headingStart = HeadingLines.TextStart(line);
                _paraNumbered = headingStart >= 0;
                _lastLineHeadingStart = headingStart;
                _paraLines = 1;
                _paraChars = line.Length;
                _paraMotto = LinePatterns.Motto().IsMatch(line);
            }
            else
            {
                // After a label alone on its line ("1." / "Mục đích") the heading's text starts on this line.
                _lastLineHeadingStart = _paraLabelOnly ? 0 : -1;
                _paraLabelOnly = false;
                _paraAllCaps = _paraAllCaps && caps;
                _paraLines++;
                _paraChars += line.Length + 1;
                _paraMotto = _paraMotto || LinePatterns.Motto().IsMatch(line);
            }
            // The motto is a whole line of the header: what comes under it (the place and date) does not continue it.
            if (_paraMotto && LinePatterns.MottoEnd().IsMatch(line)) _paraClosed = true;
            _lastLine = line;
        }

        private void MarkdownRow(int ts, int te)
        {
            Flush(false, ts);
            _rowStart = true;
            int k = ts + 1; // after the leading pipe
            while (k < te)
            {
                int cellEnd = k;
                while (cellEnd < te && !(input[cellEnd] == '|' && input[cellEnd - 1] != '\\')) cellEnd++;
                int cs = k, ce = cellEnd;
                while (cs < ce && IsSpace(input[cs])) cs++;
                while (ce > cs && IsSpace(input[ce - 1])) ce--;
                bool trailingEmpty = cellEnd >= te && cs == ce;
                if (!trailingEmpty)
                {
                    if (cs < ce) { Open(cs); AppendCollapsed(cs, ce); }
                    Flush(true, cs);
                }
                k = cellEnd + 1;
            }
        }

        private void Open(int inputPos)
        {
            if (_blocks.Count > 0) _b.Append('\n', Math.Min(_lastContentEnd, inputPos), inputPos);
            _paraStart = _b.Length;
        }

        private void Flush(bool endsCell, int inputPos)
        {
            if (_paraStart >= 0)
            {
                _blocks.Add(new Block(_blocks.Count, TextSpan.FromBounds(_paraStart, _b.Length), endsCell, _rowStart));
                _paraStart = -1;
                _rowStart = false;
                _pendingCellOwner = !endsCell;
            }
            else if (endsCell)
            {
                Open(inputPos);
                _blocks.Add(new Block(_blocks.Count, new TextSpan(_b.Length, 0), true, _rowStart));
                _paraStart = -1;
                _pendingCellOwner = false;
                _rowStart = false;
            }
            _paraLabelOnly = _paraClosed = _paraAllCaps = _paraMotto = _paraNumbered = false;
            _paraLines = _paraChars = 0;
        }

        private void AppendCollapsed(int ts, int te)
        {
            // Most lines have no tab and no two spaces together: collapsing changes nothing, and the line is copied in
            // one step (a single space maps to itself either way).
            var line = input.AsSpan(ts, te - ts);
            if (line.IndexOfAny(OtherSpaces) < 0 && line.IndexOf("  ", StringComparison.Ordinal) < 0)
            {
                _b.AppendCopy(input, ts, te - ts);
                _lastContentEnd = te;
                return;
            }
            int k = ts;
            while (k < te)
            {
                if (IsSpace(input[k]))
                {
                    int r = k;
                    while (r < te && IsSpace(input[r])) r++;
                    _b.Append(' ', k, r);
                    k = r;
                }
                else
                {
                    // A stretch of non-space characters is copied as it is, in one step.
                    int stop = input.AsSpan(k, te - k).IndexOfAny(Spaces);
                    int length = stop < 0 ? te - k : stop;
                    _b.AppendCopy(input, k, length);
                    k += length;
                }
            }
            _lastContentEnd = te;
        }

        private bool SentenceBoundary(string line)
        {
            if (_lastLine.Length == 0) return false;
            char last = _lastLine[^1];
            // "(Ban hành kèm theo …)" followed by a table heading in capitals.
            if (last == ')' && IsAllCaps(line) && HasLower(_lastLine)) return true;
            if (last is not ('.' or ';' or ':' or '!' or '?' or '”')) return false;
            char first = line[0];
            if (first is '(' or '“' or '"' && line.Length > 1) first = line[1];
            return char.IsUpper(first);
        }

        private bool AuthorityBoundary(string line)
        {
            if (!_paraAllCaps || !IsAllCaps(line)) return false;
            bool startsAuthority = false;
            foreach (string a in AuthorityStarts)
            {
                if (line.StartsWith(a, StringComparison.Ordinal) && (line.Length == a.Length || line[a.Length] == ' ')) { startsAuthority = true; break; }
            }
            if (!startsAuthority) return false;
            int sp = _lastLine.LastIndexOf(' ');
            string lastWord = sp < 0 ? _lastLine : _lastLine[(sp + 1)..];
            return Array.IndexOf(Connectives, lastWord) < 0;
        }

        // A numbered heading has no final punctuation, so SentenceBoundary never ends it: "2. Cải cách thủ tục hành
        // chính" / "Thời gian thực hiện: …". See HeadingLines for what its words say; here, what its paragraph says.
        private bool HeadingEnded(string line, int lineEnd)
        {
            // A cell wraps at its column's width, which the text does not show: "8.2. Nâng cấp" / "Phần mềm…" is one task.
            if (!_paraNumbered || _paraInCell || _paraLines > 2 || _paraChars > HeadingLines.MaxLength) return false;
            if (!HeadingLines.MayEndBefore(_lastLine, _lastLineHeadingStart, line)) return false;
            // "Điều 10. Chấm dứt" / "Hợp đồng" / blank line: a short line without punctuation that ends the paragraph is
            // the rest of the heading, not a sentence under it.
            if (HeadingLines.IsShortUnpunctuated(line) && NextLineIsBlank(lineEnd)) return false;
            // Where the text shows its wrap width, the next word must have fitted on the heading's line: a line broken
            // only because it was full is a wrap.
            return _wrapWidth == 0 || HeadingLines.NextWordFits(_lastLine, line, _wrapWidth);
        }

        // True when the line after the one ending at input offset lineEnd is blank or there is none.
        private bool NextLineIsBlank(int lineEnd)
        {
            int k = lineEnd;
            while (k < input.Length && input[k] is not ('\n' or '\r' or '\u2028' or '\u2029')) k++;
            if (k < input.Length && input[k] == '\r' && k + 1 < input.Length && input[k + 1] == '\n') k++;
            if (k < input.Length) k++;
            while (k < input.Length && IsSpace(input[k])) k++;
            return k >= input.Length || input[k] is '\n' or '\r' or '\u2028' or '\u2029';
        }

        // A mixed-case line after capitals is new text ("…TỈNH TÂY NINH" / "(Ban hành kèm theo…)"), unless it
        // starts in lower case, which continues a sentence ("2. UBND" / "các huyện…").
        private bool CapsToMixed(string line) => _paraAllCaps && HasLower(line) && !StartsLower(line);

        private static bool StartsLower(string line)
        {
            foreach (char c in line) if (char.IsLetter(c)) return char.IsLower(c);
            return false;
        }

        private static bool IsTypeWordLine(string line)
        {
            string t = line.TrimEnd(':', ' ');
            if (t.StartsWith("PHỤ LỤC", StringComparison.Ordinal) && t.Length <= 16) return true;
            return t.Length <= 24 && VietnameseLexicon.TypesByUpperName.ContainsKey(t);
        }

        private static bool IsPipeLine(string line)
        {
            foreach (char c in line) if (c != '|' && !IsSpace(c)) return false;
            return true;
        }

        private static bool IsSpace(char c) => c is ' ' or '\t' or '\f' or '\v';

        private static readonly System.Buffers.SearchValues<char> Spaces = System.Buffers.SearchValues.Create(" \t\f\v");
        private static readonly System.Buffers.SearchValues<char> OtherSpaces = System.Buffers.SearchValues.Create("\t\f\v");
    }

    /// <summary>
    /// True when the file is not hard-wrapped: a fifth or more of its lines run past 150 characters, so each
    /// line is already a paragraph (Word exports, some portal texts).
    /// </summary>
    internal static bool LinesAreParagraphs(string text)
    {
        int lines = 0, longLines = 0, len = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                if (len > 0) { lines++; if (len > 150) longLines++; }
                len = 0;
            }
            else len++;
        }
        if (len > 0) { lines++; if (len > 150) longLines++; }
        return lines > 0 && longLines * 5 >= lines;
    }

    /// <summary>True when the text has at least two letters and no lower-case letter.</summary>
    internal static bool IsAllCaps(string s)
    {
        int letters = 0;
        foreach (char c in s)
        {
            if (!char.IsLetter(c)) continue;
            if (char.IsLower(c)) return false;
            letters++;
        }
        return letters >= 2;
    }

    private static bool HasLower(string s)
    {
        foreach (char c in s) if (char.IsLower(c)) return true;
        return false;
    }
}
