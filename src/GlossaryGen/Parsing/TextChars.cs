namespace GlossaryGen.Parsing
{
    /// <summary>Character classes the parser decides by.</summary>
    internal static class TextChars
    {
        /// <summary>Whitespace, including the full-width space and the invisible characters conversions leave at line ends.</summary>
        public static bool IsSpace(char c)
            => char.IsWhiteSpace(c) || c == '\uFEFF' || c == '\u200B' || c == '\u2060';

        /// <summary>The same quote marks <c>GlossaryKey.IsQuote</c> disregards at run time.</summary>
        public static bool IsQuote(char c)
        {
            switch (c)
            {
                case '"':
                case '\'':
                case '\u201C':
                case '\u201D':
                case '\u2018':
                case '\u2019':
                case '\u300C':
                case '\u300D':
                case '\u300E':
                case '\u300F':
                case '\uFF02':
                case '\uFF07':
                    return true;
                default:
                    return false;
            }
        }

        public static bool IsOpeningQuote(char c) => c == '\u201C' || c == '\u2018' || c == '\u300C' || c == '\u300E';

        /// <summary>The closing mark of an opening quote; straight quotes close themselves.</summary>
        public static char ClosingQuoteOf(char opening)
        {
            switch (opening)
            {
                case '\u201C': return '\u201D';
                case '\u2018': return '\u2019';
                case '\u300C': return '\u300D';
                case '\u300E': return '\u300F';
                default: return opening;
            }
        }

        /// <summary>Quote marks that open a quotation: the curly and corner openers and the straight double quotes.</summary>
        public static bool StartsQuotation(char c) => IsOpeningQuote(c) || c == '"' || c == '\uFF02';

        public static bool IsColon(char c) => c == '\uFF1A' || c == ':';

        /// <summary>Punctuation that ends or joins clauses: a heading never holds it.</summary>
        public static bool IsClausePunctuation(char c)
        {
            switch (c)
            {
                case '\u3002': // 。
                case '\uFF0C': // ，
                case '\uFF1B': // ；
                case '\uFF01': // ！
                case '\uFF1F': // ？
                case '\u3001': // 、
                case ',':
                case ';':
                case '!':
                case '?':
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Punctuation after which a line ends a sentence, so the next line is a new paragraph.</summary>
        public static bool EndsSentence(char c)
        {
            switch (c)
            {
                case '\u3002':
                case '\uFF01':
                case '\uFF1F':
                case '\uFF1B':
                case '\uFF1A':
                case '.':
                case '!':
                case '?':
                case ';':
                case ':':
                case '\u2026': // …
                case '\u201D':
                case '\u300D':
                case '\uFF09': // ）
                case ')':
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>ASCII or full-width digit value, or -1.</summary>
        public static int DigitValue(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= '\uFF10' && c <= '\uFF19')
            {
                return c - '\uFF10';
            }

            return -1;
        }

        public static bool IsDigit(char c) => DigitValue(c) >= 0;

        /// <summary>Circled and parenthesized numbers that open items of a list inside a definition: ① ⑴ ⒈.</summary>
        public static bool IsListItemMark(char c)
            => (c >= '\u2460' && c <= '\u24FF') || (c >= '\u2776' && c <= '\u2793') || (c >= '\u3251' && c <= '\u325F') || (c >= '\u32B1' && c <= '\u32BF');

        /// <summary>The Unicode bidirectional embedding, override and isolate controls ("Trojan Source").</summary>
        public static bool IsBidiControl(char c) => (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

        public static bool IsCjk(char c) => (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF');
    }
}
