namespace GlossaryGen.Parsing
{
    /// <summary>
    /// Finds a second entry inside a line: <c>…的重要举措。20.智改数转：…</c>, where 20 is the number the
    /// list expects next and it follows the end of a sentence. Web pages and PDF conversions run entries
    /// together this way, sometimes a whole glossary on one line.
    /// </summary>
    internal static class RunOnLine
    {
        /// <summary>
        /// The index in <paramref name="text"/> where entry <paramref name="expected"/> begins, or -1. Only a
        /// number in the list's own <paramref name="style"/> followed by a term with a certain separator counts,
        /// so "2.5亿元" or "（1）" inside a definition never splits it.
        /// </summary>
        public static int FindNextEntry(string text, NumberingStyle style, int expected)
        {
            for (int i = 1; i < text.Length; i++)
            {
                char before = text[i - 1];
                if ((before >= '\u4E00' && before <= '\u9FFF') || !EndsClause(before))
                {
                    // A Chinese character ends no clause: the common case, without the call.
                    continue;
                }

                int start = i;
                while (start < text.Length && TextChars.IsSpace(text[start]))
                {
                    start++;
                }

                if (start >= text.Length || !MayOpenNumber(text[start]))
                {
                    continue;
                }

                string rest = text.Substring(start);
                Numbering numbering = NumberingReader.Read(rest, expected);
                if (!numbering.IsPresent || numbering.Style != style || numbering.Number != expected)
                {
                    continue;
                }

                HeadingSplit split = HeadingSplitter.Split(rest.Substring(numbering.Length), numbered: true);
                if ((split.Kind == SeparatorKind.Colon || split.Kind == SeparatorKind.ClosingQuote) && !split.IsGuess)
                {
                    return start;
                }
            }

            return -1;
        }

        private static bool EndsClause(char c)
            => (TextChars.EndsSentence(c) && !TextChars.IsColon(c)) || c == '\u201D' || c == '\uFF09';

        private static bool MayOpenNumber(char c)
            => TextChars.IsDigit(c) || c == '[' || c == '\uFF3B' || c == '\u3010' || c == '\u3014' || c == '\uFE5D'
                || c == '(' || c == '\uFF08' || ChineseOrdinal.IsDigit(c);
    }
}
