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
        private readonly StringBuilder _definition = new StringBuilder();
        private bool _paragraphBreakPending;

        public EntryDraft(int? number, string heading, TextRange headingRange, SourceLine firstLine, SeparatorKind separator)
        {
            Number = number;
            Heading = heading;
            HeadingRange = headingRange;
            FirstLine = firstLine;
            LastLine = firstLine;
            Separator = separator;
        }

        public int? Number { get; }

        public string Heading { get; }

        public TextRange HeadingRange { get; }

        public SourceLine FirstLine { get; }

        public SourceLine LastLine { get; private set; }

        public SeparatorKind Separator { get; }

        /// <summary>Whether the definition was cut at <see cref="ParserLimits.MaxDefinitionLength"/>.</summary>
        public bool IsTruncated { get; private set; }

        public string Definition => _definition.ToString();

        public bool HasDefinition => _definition.Length > 0;

        /// <summary>Records that a blank line came after the last definition line.</summary>
        public void MarkParagraphBreak() => _paragraphBreakPending = _definition.Length > 0;

        public void AppendDefinition(string text, SourceLine line)
        {
            LastLine = line;
            if (text.Length == 0 || IsTruncated)
            {
                return;
            }

            if (_definition.Length > 0)
            {
                char last = _definition[_definition.Length - 1];
                if (_paragraphBreakPending || TextChars.EndsSentence(last) || ContinuationLine.IsContinuation(text))
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

        public ParsedEntry ToEntry()
        {
            var cores = HeadingAnalyzer.CoresOf(Heading);
            return new ParsedEntry(
                Number,
                Heading,
                HeadingAnalyzer.TermOf(Heading),
                cores.ToEquatableArray(),
                Definition,
                HeadingRange,
                LastLine.Number);
        }

        private static bool IsAsciiWordChar(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
