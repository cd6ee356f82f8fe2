namespace GlossaryGen
{
    /// <summary>
    /// The normalization generated lookups apply to their argument: surrounding whitespace and
    /// quote marks do not matter, so <c>“六零”</c>, <c> 六零 </c> and <c>六零</c> find the same entry.
    /// </summary>
    public static class GlossaryKey
    {
        /// <summary>
        /// Removes surrounding whitespace and quote marks (“” ‘’ 「」 『』 "" '' 《》 are not included:
        /// a book title is part of the term). Returns the same instance when there is nothing to remove,
        /// so the common case allocates nothing.
        /// </summary>
        public static string Normalize(string term)
        {
            if (term is null)
            {
                return string.Empty;
            }

            int start = 0;
            int end = term.Length;
            while (start < end && IsIgnorable(term[start]))
            {
                start++;
            }

            while (end > start && IsIgnorable(term[end - 1]))
            {
                end--;
            }

            return start == 0 && end == term.Length ? term : term.Substring(start, end - start);
        }

        /// <summary>
        /// Removes every quote mark, wherever it stands: the form under which a heading such as
        /// <c>工业“一主一特”</c> is also known (<c>工业一主一特</c>). Lookups fall back to it when the
        /// argument was quoted differently from the glossary.
        /// </summary>
        public static string RemoveQuotes(string term)
        {
            if (term is null)
            {
                return string.Empty;
            }

            int first = IndexOfQuote(term, 0);
            if (first < 0)
            {
                return term;
            }

            var builder = new System.Text.StringBuilder(term.Length);
            builder.Append(term, 0, first);
            for (int i = first + 1; i < term.Length; i++)
            {
                if (!IsQuote(term[i]))
                {
                    builder.Append(term[i]);
                }
            }

            return builder.ToString();
        }

        /// <summary>Whether <paramref name="c"/> is a quote mark that lookups disregard.</summary>
        public static bool IsQuote(char c)
        {
            switch (c)
            {
                case '"':
                case '\'':
                case '\u201C': // “
                case '\u201D': // ”
                case '\u2018': // ‘
                case '\u2019': // ’
                case '\u300C': // 「
                case '\u300D': // 」
                case '\u300E': // 『
                case '\u300F': // 』
                case '\uFF02': // ＂
                case '\uFF07': // ＇
                    return true;
                default:
                    return false;
            }
        }

        private static bool IsIgnorable(char c) => char.IsWhiteSpace(c) || IsQuote(c);

        private static int IndexOfQuote(string text, int start)
        {
            for (int i = start; i < text.Length; i++)
            {
                if (IsQuote(text[i]))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
