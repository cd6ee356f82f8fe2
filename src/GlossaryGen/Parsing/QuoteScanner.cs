namespace GlossaryGen.Parsing
{
    /// <summary>
    /// Tracks whether a position is inside quotes or brackets, so that a colon in <c>“两不愁：三保障”</c>
    /// or <c>（注：…）</c> is not taken for the separator. Unbalanced input only ever makes it stay nested.
    /// </summary>
    internal struct QuoteScanner
    {
        private const int MaxTrackedDepth = 32;

        private char[]? _closers;
        private int _depth;

        public bool IsTopLevel => _depth == 0;

        public void Advance(char c)
        {
            if (_depth > 0 && _depth <= MaxTrackedDepth && _closers![_depth - 1] == c)
            {
                _depth--;
                return;
            }

            char closer = CloserOf(c);
            if (closer == '\0')
            {
                return;
            }

            _closers ??= new char[MaxTrackedDepth];
            if (_depth < MaxTrackedDepth)
            {
                _closers[_depth] = closer;
            }

            _depth++;
        }

        /// <summary>The index of the mark that closes the quotation opened at <paramref name="open"/>, or -1.</summary>
        public static int IndexOfClosing(string text, int open, int limit)
        {
            char opening = text[open];
            char closing = TextChars.ClosingQuoteOf(opening);
            int depth = 0;
            for (int i = open + 1; i < limit; i++)
            {
                char c = text[i];
                if (c == closing)
                {
                    if (depth == 0)
                    {
                        return i;
                    }

                    depth--;
                }
                else if (c == opening)
                {
                    depth++;
                }
            }

            return -1;
        }

        private static char CloserOf(char c)
        {
            switch (c)
            {
                case '\u201C': return '\u201D';
                case '\u2018': return '\u2019';
                case '\u300C': return '\u300D';
                case '\u300E': return '\u300F';
                case '"': return '"';
                case '\uFF02': return '\uFF02';
                case '(': return ')';
                case '\uFF08': return '\uFF09';
                case '\u300A': return '\u300B'; // 《》
                case '\u3010': return '\u3011'; // 【】
                case '[': return ']';
                default: return '\0';
            }
        }
    }
}
