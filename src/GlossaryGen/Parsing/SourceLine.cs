using GlossaryGen.Model;

namespace GlossaryGen.Parsing
{
    /// <summary>One physical line of the file: where it starts and how long it is, line break excluded.</summary>
    internal readonly struct SourceLine
    {
        public SourceLine(int index, int start, int length)
        {
            Index = index;
            Start = start;
            Length = length;
        }

        /// <summary>The 0-based line index.</summary>
        public int Index { get; }

        /// <summary>The offset of the line's first character in the whole text.</summary>
        public int Start { get; }

        public int Length { get; }

        /// <summary>The 1-based line number people see.</summary>
        public int Number => Index + 1;

        public string GetText(string text) => text.Substring(Start, Length);

        /// <summary>The range of the columns [startColumn, endColumn) of this line.</summary>
        public TextRange RangeOf(int startColumn, int endColumn)
        {
            int start = Clamp(startColumn);
            int end = Clamp(endColumn);
            if (end < start)
            {
                end = start;
            }

            return new TextRange(Start + start, end - start, Index, start, Index, end);
        }

        /// <summary>The whole line.</summary>
        public TextRange Range => RangeOf(0, Length);

        /// <summary>A range from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
        public static TextRange Span(SourceLine first, SourceLine last)
        {
            int end = last.Start + last.Length;
            return new TextRange(first.Start, end - first.Start, first.Index, 0, last.Index, last.Length);
        }

        private int Clamp(int column) => column < 0 ? 0 : column > Length ? Length : column;
    }
}
