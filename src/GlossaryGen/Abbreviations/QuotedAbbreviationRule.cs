namespace GlossaryGen.Abbreviations
{
    /// <summary>
    /// What counts as a quoted numeric abbreviation in a report (“三高四新”, “四好农村路”, “137”, “3+1”):
    /// short quoted text with a number used as a count, as opposed to an ordinary quoted phrase
    /// (“保交楼”), a quotation or slogan (“身在郴州、办事无忧”), a poem line, a date or a percentage.
    /// </summary>
    /// <remarks>
    /// This file is compiled into both the generator (for the GG0501 diagnostic) and GlossaryGen.Runtime
    /// (for applications that check texts at run time), so both apply exactly the same rule. It must
    /// stay plain netstandard2.0 C# with no dependencies.
    /// </remarks>
    internal static class QuotedAbbreviationRule
    {
        /// <summary>Longer quoted text is a phrase or a quotation, not an abbreviation.</summary>
        public const int MaxLength = 10;

        /// <summary>The longest stretch searched for a closing quote mark.</summary>
        private const int MaxQuotedLength = 40;

        private const string ChineseNumerals = "一二三四五六七八九十两双百千万";

        // A number followed by a unit measures something (“三年”, “15分钟”, “百万级”) rather than counting
        // the parts of an abbreviation.
        private static readonly string[] Units =
        {
            "年", "月", "日", "号", "岁", "级", "倍", "元", "米", "亿", "点", "时", "分", "秒", "次", "周", "天", "公里", "公顷", "亩", "吨",
        };

        // Ordinary words that contain a numeral without counting anything.
        private static readonly string[] OrdinaryWords =
        {
            "百姓", "万能", "一刀切", "一站式", "一些", "一直", "一起", "一样", "一般", "一切", "一致", "一律", "一定", "一旦", "统一", "唯一", "万一", "进一步", "一体化",
        };

        /// <summary>
        /// Finds the next quoted stretch at or after <paramref name="position"/> and before
        /// <paramref name="end"/>: “…” or 「…」 on one line. Moves the position past it.
        /// </summary>
        /// <returns>False when there is no further quoted stretch.</returns>
        public static bool TryReadQuoted(string text, ref int position, int end, out int innerStart, out int innerLength)
        {
            for (int open = position; open < end; open++)
            {
                char closing = ClosingQuoteFor(text[open]);
                if (closing == '\0')
                {
                    continue;
                }

                int limit = System.Math.Min(end, open + 1 + MaxQuotedLength);
                for (int close = open + 1; close < limit; close++)
                {
                    char c = text[close];
                    if (c == closing)
                    {
                        innerStart = open + 1;
                        innerLength = close - open - 1;
                        position = close + 1;
                        return true;
                    }

                    if (c == '\n' || c == '\r' || ClosingQuoteFor(c) != '\0')
                    {
                        break;
                    }
                }
            }

            position = end;
            innerStart = innerLength = 0;
            return false;
        }

        /// <summary>Whether the quoted text <paramref name="inner"/> is a numeric abbreviation.</summary>
        public static bool IsNumericAbbreviation(string inner)
        {
            if (inner is null || inner.Length < 2 || inner.Length > MaxLength || HasSeparator(inner) || IsYear(inner))
            {
                return false;
            }

            int counts = 0;
            int firstStart = -1;
            bool firstHasDigit = false;
            for (int i = 0; i < inner.Length;)
            {
                if (!IsNumeral(inner[i]))
                {
                    i++;
                    continue;
                }

                int start = i;
                bool hasDigit = false;
                while (i < inner.Length && IsNumeral(inner[i]))
                {
                    hasDigit |= IsDigit(inner[i]);
                    i++;
                }

                if (IsCount(inner, start, i))
                {
                    if (counts++ == 0)
                    {
                        firstStart = start;
                        firstHasDigit = hasDigit;
                    }
                }
            }

            if (counts == 0)
            {
                return false;
            }

            // Several counts (三送三解三优) make an abbreviation at any length; a single Chinese numeral only
            // in short text, or leading it (四好农村路): further in, in longer text, it is a phrase or a
            // poem line (守护好一江碧水, 欸乃一声山水绿).
            return counts >= 2
                || firstHasDigit
                || inner.Length <= 4
                || (inner.Length <= 6 && firstStart == 0);
        }

        public static bool IsDigit(char c) => (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19');

        private static bool IsNumeral(char c) => IsDigit(c) || ChineseNumerals.IndexOf(c) >= 0;

        private static bool IsCount(string inner, int start, int end)
        {
            if (start > 0 && inner[start - 1] == '第')
            {
                return false; // an ordinal: 第三极
            }

            if (end + 1 < inner.Length && inner[end] == inner[end + 1])
            {
                return false; // a reduplicated measure word: 一棵棵
            }

            foreach (string unit in Units)
            {
                if (string.CompareOrdinal(inner, end, unit, 0, unit.Length) == 0)
                {
                    return false;
                }
            }

            foreach (string word in OrdinaryWords)
            {
                for (int at = inner.IndexOf(word, System.StringComparison.Ordinal); at >= 0; at = inner.IndexOf(word, at + 1, System.StringComparison.Ordinal))
                {
                    if (at < end && at + word.Length > start)
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        // Punctuation and spaces separate the clauses of a slogan or a quotation (身在郴州、办事无忧), a
        // book title (《…》), a percentage or a dated name (永警利剑·永安2023); '+' and '×' belong to
        // abbreviations such as 3+1 and 4×4.
        private static bool HasSeparator(string inner)
        {
            foreach (char c in inner)
            {
                if (char.IsWhiteSpace(c) || (char.IsPunctuation(c) && c != '+') || c == '%' || c == '％' || c == '·' || c == '•')
                {
                    return true;
                }
            }

            return false;
        }

        // A quoted year (“2023”) is a date, not a numbered abbreviation.
        private static bool IsYear(string inner)
            => inner.Length == 4
                && (string.CompareOrdinal(inner, 0, "19", 0, 2) == 0 || string.CompareOrdinal(inner, 0, "20", 0, 2) == 0)
                && IsDigit(inner[2]) && IsDigit(inner[3]);

        private static char ClosingQuoteFor(char c)
        {
            switch (c)
            {
                case '\u201C': // “
                    return '\u201D';
                case '\u300C': // 「
                    return '\u300D';
                default:
                    return '\0';
            }
        }
    }
}
