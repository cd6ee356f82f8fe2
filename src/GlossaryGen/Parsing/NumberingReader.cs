namespace GlossaryGen.Parsing
{
    /// <summary>Reads the entry number at the start of a line: <c>[1]</c>, <c>1.</c>, <c>1．</c>, <c>1、</c>, <c>（1）</c>, <c>(1)</c>.</summary>
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
                    return Enclosed(text, NumberingStyle.Bracket, ']');
                case '\uFF3B': // ［
                    return Enclosed(text, NumberingStyle.Bracket, '\uFF3D');
                case '\u3010': // 【
                    return Enclosed(text, NumberingStyle.Bracket, '\u3011');
                case '(':
                case '\uFF08': // （
                    return EnclosedEither(text, NumberingStyle.Parenthesis, ')', '\uFF09');
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
