namespace GlossaryGen.Parsing
{
    /// <summary>
    /// Finds the heading at the start of a line's text and where its definition begins. Separators are
    /// tried in order: a colon, a closing quote with nothing after it, a single space, and the heading alone.
    /// </summary>
    internal static class HeadingSplitter
    {
        private const int MaxSpaceSeparatedHeadingLength = 20;

        /// <param name="text">The line's text after its numbering, trimmed.</param>
        /// <param name="numbered">
        /// Whether the line had a number: then it is certainly an entry and the heading may be longer and hold
        /// '、' (<c>3个国铁、9个城际…</c>); an unnumbered line could also be prose, so its heading is held to less.
        /// </param>
        public static HeadingSplit Split(string text, bool numbered)
        {
            int maxLength = numbered ? ParserLimits.MaxHeadingLength : ParserLimits.MaxUnnumberedHeadingLength;
            if (text.Length == 0)
            {
                return default;
            }

            HeadingSplit split = SplitAtColon(text, maxLength, numbered);
            if (split.IsHeading)
            {
                return split;
            }

            split = SplitAfterQuote(text);
            if (split.IsHeading)
            {
                return split;
            }

            split = SplitAtSpace(text);
            if (split.IsHeading)
            {
                return split;
            }

            return IsHeadingText(text, 0, text.Length, maxLength, numbered)
                ? new HeadingSplit(SeparatorKind.LineBreak, text.Length, text.Length)
                : default;
        }

        /// <summary>Whether a definition opens with a word that introduces it: 即, 指, 是指, 是, 为.</summary>
        public static bool StartsWithDefinitionPrefix(string text, int start)
        {
            if (start >= text.Length)
            {
                return false;
            }

            char c = text[start];
            return c == '\u5373' || c == '\u6307' || c == '\u662F' || c == '\u4E3A';
        }

        private static HeadingSplit SplitAtColon(string text, int maxLength, bool numbered)
        {
            int colon = IndexOfTopLevelColon(text, maxLength + 1);
            if (colon < 0)
            {
                return default;
            }

            int headingEnd = TrimEnd(text, colon);
            if (!IsHeadingText(text, 0, headingEnd, maxLength, numbered))
            {
                return default;
            }

            return new HeadingSplit(SeparatorKind.Colon, headingEnd, SkipSpaces(text, colon + 1));
        }

        private static HeadingSplit SplitAfterQuote(string text)
        {
            int end = EndOfLeadingQuotation(text, ParserLimits.MaxUnnumberedHeadingLength);
            if (end <= 0 || end >= text.Length)
            {
                return default;
            }

            int definitionStart = SkipSpaces(text, end);
            if (definitionStart >= text.Length || TextChars.IsClausePunctuation(text[definitionStart]) || TextChars.IsColon(text[definitionStart]))
            {
                return default;
            }

            if (!IsHeadingText(text, 0, end, ParserLimits.MaxUnnumberedHeadingLength, numbered: false))
            {
                return default;
            }

            return new HeadingSplit(SeparatorKind.ClosingQuote, end, definitionStart);
        }

        private static HeadingSplit SplitAtSpace(string text)
        {
            int space = 0;
            while (space < text.Length && space <= MaxSpaceSeparatedHeadingLength && !TextChars.IsSpace(text[space]))
            {
                space++;
            }

            if (space == 0 || space >= text.Length || space > MaxSpaceSeparatedHeadingLength || !TextChars.IsSpace(text[space]))
            {
                return default;
            }

            int definitionStart = SkipSpaces(text, space);
            if (definitionStart >= text.Length || !IsHeadingText(text, 0, space, MaxSpaceSeparatedHeadingLength, numbered: false))
            {
                return default;
            }

            return new HeadingSplit(SeparatorKind.Space, space, definitionStart);
        }

        /// <summary>
        /// The end of the first quotation when the heading holds one: after its closing mark, extended over
        /// quotations that follow at once (<c>“三减少”“三加强”</c>). Returns -1 when there is none within reach.
        /// </summary>
        private static int EndOfLeadingQuotation(string text, int maxLength)
        {
            int limit = text.Length < maxLength ? text.Length : maxLength;
            int i = 0;
            while (i < limit && !TextChars.StartsQuotation(text[i]))
            {
                if (TextChars.IsClausePunctuation(text[i]) || TextChars.IsColon(text[i]))
                {
                    return -1;
                }

                i++;
            }

            int end = -1;
            while (i < limit && TextChars.StartsQuotation(text[i]))
            {
                int close = QuoteScanner.IndexOfClosing(text, i, limit);
                if (close < 0)
                {
                    return end;
                }

                end = close + 1;
                i = end;
            }

            return end;
        }

        /// <summary>The first ':' or '：' outside quotes and brackets, looked for in the first <paramref name="reach"/> characters.</summary>
        private static int IndexOfTopLevelColon(string text, int reach)
        {
            int limit = text.Length < reach ? text.Length : reach;
            var scanner = new QuoteScanner();
            for (int i = 0; i < limit; i++)
            {
                char c = text[i];
                if (scanner.IsTopLevel && TextChars.IsColon(c))
                {
                    return i;
                }

                scanner.Advance(c);
            }

            return -1;
        }

        private static bool IsHeadingText(string text, int start, int end, int maxLength, bool numbered)
        {
            int length = end - start;
            if (length <= 0 || length > maxLength)
            {
                return false;
            }

            bool hasContent = false;
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (TextChars.IsColon(c) || (TextChars.IsClausePunctuation(c) && !(numbered && c == '\u3001')))
                {
                    return false;
                }

                if (!TextChars.IsQuote(c) && !TextChars.IsSpace(c))
                {
                    hasContent = true;
                }
            }

            return hasContent;
        }

        private static int TrimEnd(string text, int end)
        {
            while (end > 0 && TextChars.IsSpace(text[end - 1]))
            {
                end--;
            }

            return end;
        }

        private static int SkipSpaces(string text, int start)
        {
            while (start < text.Length && TextChars.IsSpace(text[start]))
            {
                start++;
            }

            return start;
        }
    }
}
