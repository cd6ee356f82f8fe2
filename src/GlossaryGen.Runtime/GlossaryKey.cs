// This file is compiled into the runtime (public) and into the generator (internal, another
// namespace), so the keys the generator emits and the normalization lookups apply at run time
// cannot drift apart.
#if GLOSSARYGEN_GENERATOR
namespace GlossaryGen.Building
#else
namespace GlossaryGen
#endif
{
    /// <summary>
    /// The normalization generated lookups apply to their argument: surrounding whitespace and
    /// quote marks do not matter, so <c>“六零”</c>, <c> 六零 </c> and <c>六零</c> find the same entry.
    /// </summary>
#if GLOSSARYGEN_GENERATOR
    internal
#else
    public
#endif
    static class GlossaryKey
    {
        /// <summary>
        /// Removes surrounding white space and any pair of quote marks (“” ‘’ 「」 『』 "" '') that
        /// encloses the whole term. Quotes that belong to the term stay: 工业“一主一特” and
        /// “三减少”“三加强” are unchanged. Book-title marks 《》 are part of the term. Returns the same
        /// instance when there is nothing to remove, so the common case allocates nothing.
        /// </summary>
        public static string Normalize(string term)
        {
            if (term is null)
            {
                return string.Empty;
            }

            // The common case, a term as printed: nothing at either end to remove, decided without
            // Unicode tables.
            if (term.Length > 0 && IsPlain(term[0]) && IsPlain(term[term.Length - 1]))
            {
                return term;
            }

            NormalizedRange(term, out int start, out int length);
            return length == term.Length ? term : term.Substring(start, length);
        }

        /// <summary>
        /// Where <see cref="Normalize"/>'s result lies in <paramref name="term"/>, without making it: generated
        /// lookups compare that range in place, so a padded or quoted argument allocates nothing.
        /// </summary>
        public static void NormalizedRange(string term, out int start, out int length)
        {
            start = 0;
            int end = term?.Length ?? 0;
            if (term is null)
            {
                length = 0;
                return;
            }

            TrimWhiteSpace(term, ref start, ref end);
            while (end - start >= 2 && EnclosesAll(term, start, end))
            {
                start++;
                end--;
                TrimWhiteSpace(term, ref start, ref end);
            }

            length = end - start;
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

        /// <summary>
        /// Whether <paramref name="c"/> is certainly neither white space nor a quote mark, by range alone:
        /// everything from U+3010 (after 「」『』) to U+FF01, which holds the CJK ideographs and the full-width
        /// punctuation a term is made of, and printable ASCII other than the two quotes. The CJK range is tested
        /// first, as one unsigned comparison: it decides most characters of a Chinese term.
        /// </summary>
        internal static bool IsPlain(char c)
            => (uint)(c - '\u3010') <= '\uFF01' - '\u3010' || ((uint)(c - '!') <= '~' - '!' && c != '"' && c != '\'');

        private static void TrimWhiteSpace(string text, ref int start, ref int end)
        {
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }
        }

        /// <summary>Whether text[start] opens a quote that text[end - 1] closes, with everything between balanced.</summary>
        private static bool EnclosesAll(string text, int start, int end)
        {
            char open = text[start];
            char close = ClosingQuote(open);
            if (close == '\0' || text[end - 1] != close)
            {
                return false;
            }

            int depth = 0;
            for (int i = start + 1; i < end - 1; i++)
            {
                char c = text[i];
                if (c == close && (open == close || depth == 0))
                {
                    // The opening quote closes before the end: “三减少”“三加强” is two quotations, not one.
                    return false;
                }

                if (c == close)
                {
                    depth--;
                }
                else if (c == open)
                {
                    depth++;
                }
            }

            return depth == 0;
        }

        private static char ClosingQuote(char open)
        {
            switch (open)
            {
                case '\u201C': return '\u201D'; // “ ”
                case '\u2018': return '\u2019'; // ‘ ’
                case '\u300C': return '\u300D'; // 「 」
                case '\u300E': return '\u300F'; // 『 』
                case '"': return '"';
                case '\'': return '\'';
                case '\uFF02': return '\uFF02'; // ＂
                case '\uFF07': return '\uFF07'; // ＇
                default: return '\0';
            }
        }

        private static int IndexOfQuote(string text, int start)
        {
            for (int i = start; i < text.Length; i++)
            {
                char c = text[i];
                if (!IsPlain(c) && IsQuote(c))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
