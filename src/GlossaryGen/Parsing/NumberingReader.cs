namespace GlossaryGen.Parsing
{
    /// <summary>
    /// Reads the entry number at the start of a line: <c>[1]</c>, <c>〔1〕</c>, <c>﹝1﹞</c>, <c>1.</c>, <c>1．</c>, <c>1、</c>,
    /// <c>（1）</c>, <c>(1)</c>, Chinese numerals <c>一、</c> and <c>（一）</c>, circled numbers <c>①</c> <c>⑴</c>, and markdown
    /// footnote definitions <c>[^1]:</c>.
    /// </summary>
    internal static class NumberingReader
    {
        private const int MaxDigits = 6;

        /// <summary>
        /// Reads the numbering of <paramref name="text"/>. <paramref name="expectedNumber"/> is the number the
        /// sequence expects next: <c>19.3个国铁</c> is entry 19 of term <c>3个国铁</c> only when 19 is expected,
        /// since otherwise a line like <c>2.5亿元用于…</c> is a decimal inside a definition.
        /// </summary>
        public static Numbering Read(string text, int expectedNumber)
        {
            if (text.Length == 0)
            {
                return default;
            }

            char first = text[0];
            switch (first)
            {
                case '[':
                    return text.Length > 1 && text[1] == '^' ? Footnote(text) : Enclosed(text, NumberingStyle.Bracket, ']');
                case '\u3014': // 〔
                    return Enclosed(text, NumberingStyle.Bracket, '\u3015');
                case '\uFE5D': // ﹝
                    return Enclosed(text, NumberingStyle.Bracket, '\uFE5E');
                case '\uFF3B': // ［
                    return Enclosed(text, NumberingStyle.Bracket, '\uFF3D');
                case '\u3010': // 【
                    return Enclosed(text, NumberingStyle.Bracket, '\u3011');
                case '(':
                case '\uFF08': // （
                    Numbering digitsInParentheses = EnclosedEither(text, NumberingStyle.Parenthesis, ')', '\uFF09');
                    return digitsInParentheses.IsPresent ? digitsInParentheses : ChineseInParentheses(text);
            }

            if (ChineseOrdinal.IsDigit(first))
            {
                return ChineseWithComma(text);
            }

            if (first >= '\u2460' && first <= '\u2487')
            {
                // ①–⑳ and ⑴–⒇; as the first entry's number they number the glossary, elsewhere a list in a definition.
                int value = first <= '\u2473' ? first - '\u2460' + 1 : first - '\u2474' + 1;
                return new Numbering(NumberingStyle.Circled, value, SkipSpaces(text, 1));
            }

            int digits = CountDigits(text, 0);
            if (digits == 0 || digits > MaxDigits || digits >= text.Length)
            {
                return default;
            }

            char mark = text[digits];
            NumberingStyle style;
            if (mark == '.' || mark == '\uFF0E')
            {
                style = NumberingStyle.Dot;
            }
            else if (mark == '\u3001')
            {
                style = NumberingStyle.Comma;
            }
            else
            {
                return default;
            }

            int number = ValueOf(text, 0, digits);
            int after = digits + 1;
            if (style == NumberingStyle.Dot && after < text.Length && TextChars.IsDigit(text[after]) && number != expectedNumber)
            {
                return default;
            }

            return new Numbering(style, number, SkipSpaces(text, after));
        }

        /// <summary><c>[^1]:</c>; the colon is part of the marker, the term follows.</summary>
        private static Numbering Footnote(string text)
        {
            int digits = CountDigits(text, 2);
            int close = 2 + digits;
            if (digits == 0 || digits > MaxDigits || close >= text.Length || text[close] != ']')
            {
                return default;
            }

            int after = close + 1;
            if (after >= text.Length || !TextChars.IsColon(text[after]))
            {
                return default;
            }

            return new Numbering(NumberingStyle.Footnote, ValueOf(text, 2, digits), SkipSpaces(text, after + 1));
        }

        /// <summary><c>一、</c>: a Chinese number up to 99 and an enumeration comma.</summary>
        private static Numbering ChineseWithComma(string text)
        {
            int length = ChineseOrdinal.Read(text, 0, out int number);
            if (length == 0 || length >= text.Length || text[length] != '\u3001')
            {
                return default;
            }

            return new Numbering(NumberingStyle.ChineseComma, number, SkipSpaces(text, length + 1));
        }

        /// <summary><c>（一）</c>, <c>(十二)</c>.</summary>
        private static Numbering ChineseInParentheses(string text)
        {
            int i = SkipSpaces(text, 1);
            int length = ChineseOrdinal.Read(text, i, out int number);
            int close = SkipSpaces(text, i + length);
            if (length == 0 || close >= text.Length || (text[close] != ')' && text[close] != '\uFF09'))
            {
                return default;
            }

            return new Numbering(NumberingStyle.ChineseParenthesis, number, SkipSpaces(text, close + 1));
        }

        private static Numbering Enclosed(string text, NumberingStyle style, char closing)
            => EnclosedEither(text, style, closing, closing);

        private static Numbering EnclosedEither(string text, NumberingStyle style, char closing, char otherClosing)
        {
            int i = SkipSpaces(text, 1);
            int digits = CountDigits(text, i);
            if (digits == 0 || digits > MaxDigits)
            {
                return default;
            }

            int number = ValueOf(text, i, digits);
            int close = SkipSpaces(text, i + digits);
            if (close >= text.Length || (text[close] != closing && text[close] != otherClosing))
            {
                return default;
            }

            return new Numbering(style, number, SkipSpaces(text, close + 1));
        }

        private static int CountDigits(string text, int start)
        {
            int i = start;
            while (i < text.Length && TextChars.IsDigit(text[i]))
            {
                i++;
            }

            return i - start;
        }

        private static int ValueOf(string text, int start, int digits)
        {
            int value = 0;
            for (int i = start; i < start + digits; i++)
            {
                value = (value * 10) + TextChars.DigitValue(text[i]);
            }

            return value;
        }

        private static int SkipSpaces(string text, int start)
        {
            int i = start;
            while (i < text.Length && TextChars.IsSpace(text[i]))
            {
                i++;
            }

            return i;
        }
    }
}
