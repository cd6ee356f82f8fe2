using System.Text;
using GlossaryGen.Model;

namespace GlossaryGen.Parsing
{
    /// <summary>
    /// An entry being read: its heading line and the definition lines gathered so far. Lines are joined
    /// into paragraphs the way they were printed: a line that ends a sentence, a blank line, or a list
    /// item starts a new paragraph ('\n'); any other line break is a hard wrap and is joined.
    /// </summary>
    internal sealed class EntryDraft
    {
        /// <summary>Wrapped lines fill the width of a page or column; shorter lines end where the author ended them.</summary>
        private const int MinWrappedLineLength = 20;

        private readonly StringBuilder _definition = new StringBuilder();
        private bool _paragraphBreakPending;
        private int _lastLineLength;

        public EntryDraft(int? number, string heading, TextRange headingRange, SourceLine firstLine)
        {
            Number = number;
            Heading = heading;
            HeadingRange = headingRange;
            FirstLine = firstLine;
            LastLine = firstLine;
        }

        public int? Number { get; }

        public string Heading { get; }

        public TextRange HeadingRange { get; }

        public SourceLine FirstLine { get; }

        public SourceLine LastLine { get; private set; }

        /// <summary>Whether the definition was cut at <see cref="ParserLimits.MaxDefinitionLength"/>.</summary>
        public bool IsTruncated { get; private set; }

        public string Definition => _definition.ToString();

        /// <summary>
        /// Whether the last line read was long and stopped without closing its sentence: a hard wrap, so
        /// the next line belongs to the same sentence. Short lines without a full stop are complete entries.
        /// </summary>
        public bool EndsMidSentence { get; private set; }

        /// <summary>Whether the last definition line read ended a sentence (<c>。</c>, <c>！</c> …): then a short line after it may be the next term.</summary>
        public bool EndsSentence { get; private set; }

        /// <summary>Records that a blank line came after the last definition line.</summary>
        public void MarkParagraphBreak() => _paragraphBreakPending = _definition.Length > 0;

        public void AppendDefinition(string text, SourceLine line)
        {
            // A blank line after a line that stopped mid-sentence is a conversion's gap inside the sentence, not a paragraph.
            bool wrapped = EndsMidSentence;
            bool wrappedAtClosingMark = _lastLineLength >= MinWrappedLineLength && _definition.Length > 0 && EndsWithClosingMarkMidSentence();
            _lastLineLength = text.Length;
            LastLine = line;
            EndsMidSentence = (text.Length >= MinWrappedLineLength && !TextChars.EndsSentence(text[text.Length - 1])) || AnnouncesMore(text);
            EndsSentence = text.Length > 0 && TextChars.EndsSentence(text[text.Length - 1]);
            if (text.Length == 0 || IsTruncated)
            {
                return;
            }

            if (_definition.Length > 0)
            {
                char last = _definition[_definition.Length - 1];
                bool endsParagraph = TextChars.EndsSentence(last) && !(wrappedAtClosingMark && !_paragraphBreakPending && TextChars.IsCjk(text[0]));
                if ((_paragraphBreakPending && !wrapped) || endsParagraph || ContinuationLine.IsContinuation(text))
                {
                    _definition.Append('\n');
                }
                else if (IsAsciiWordChar(last) && IsAsciiWordChar(text[0]))
                {
                    _definition.Append(' ');
                }
            }

            _paragraphBreakPending = false;
            int room = ParserLimits.MaxDefinitionLength - _definition.Length;
            if (text.Length > room)
            {
                IsTruncated = true;
                if (room > 0)
                {
                    _definition.Append(text, 0, room);
                }

                return;
            }

            _definition.Append(text);
        }

        /// <summary>The last definition line that started with a number of its own (an item of a list), if any.</summary>
        public SourceLine? LastNumberedLine { get; private set; }

        private int _lengthBeforeNumberedLine;
        private SourceLine _lastLineBeforeNumberedLine;

        /// <summary>Appends a definition line that starts with a number, remembering where it began.</summary>
        public void AppendNumberedDefinition(string text, SourceLine line)
        {
            LastNumberedLine = line;
            _lengthBeforeNumberedLine = _definition.Length;
            _lastLineBeforeNumberedLine = LastLine;
            AppendDefinition(text, line);
        }

        /// <summary>
        /// Takes back the definition from <see cref="LastNumberedLine"/> on: that line turned out to open an
        /// item of a list of projects (a <c>牵头单位：</c> line followed it), not a part of this definition.
        /// </summary>
        public void RemoveFromLastNumberedLine()
        {
            if (LastNumberedLine is null)
            {
                return;
            }

            _definition.Length = _lengthBeforeNumberedLine;
            LastLine = _lastLineBeforeNumberedLine;
            LastNumberedLine = null;
        }

        public ParsedEntry ToEntry()
        {
            var cores = HeadingAnalyzer.CoresOf(Heading);
            return new ParsedEntry(
                Number,
                Heading,
                HeadingAnalyzer.TermOf(Heading),
                cores.Count == 0 ? EquatableArray<string>.Empty : cores.ToEquatableArray(),
                Definition,
                HeadingRange,
                LastLine.Number);
        }

        /// <summary>
        /// A closing quote or bracket ends a sentence only after one (<c>…。”</c>): a long line that stops at
        /// <c>“经营收入”</c> or <c>（境）</c> was wrapped there by a PDF, and the next line goes on with the sentence.
        /// </summary>
        private bool EndsWithClosingMarkMidSentence()
        {
            int end = _definition.Length - 1;
            char last = _definition[end];
            bool closing = last == '\u201D' || last == '\u300D' || last == '\uFF09' || last == ')';
            return closing && end > 0 && !TextChars.EndsSentence(_definition[end - 1]);
        }

        /// <summary>"六大品牌：指", "包括：": the definition goes on in the next line whatever that line looks like.</summary>
        private static bool AnnouncesMore(string text)
        {
            if (text.Length == 0)
            {
                return false;
            }

            char last = text[text.Length - 1];
            return TextChars.IsColon(last) || (text.Length <= 2 && (last == '\u6307' || last == '\u5373'));
        }

        private static bool IsAsciiWordChar(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
