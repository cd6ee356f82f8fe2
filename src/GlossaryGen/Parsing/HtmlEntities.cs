namespace GlossaryGen.Parsing
{
    /// <summary>
    /// Decodes the HTML entities that glossaries copied from web pages carry (<c>&amp;ldquo;六零&amp;rdquo;</c>).
    /// Only entities that stand for a character are decoded; anything else stays as it is.
    /// </summary>
    internal static class HtmlEntities
    {
        private const int MaxEntityLength = 12;

        /// <summary>
        /// Reads an entity starting at <paramref name="start"/> (an '&amp;'). Returns its length, or 0 when
        /// there is none; <paramref name="decoded"/> is one character or a surrogate pair.
        /// </summary>
        public static int TryDecode(string text, int start, out string decoded)
        {
            decoded = string.Empty;
            int semicolon = -1;
            int limit = System.Math.Min(text.Length, start + MaxEntityLength);
            for (int i = start + 1; i < limit; i++)
            {
                if (text[i] == ';')
                {
                    semicolon = i;
                    break;
                }
            }

            if (semicolon < start + 2)
            {
                return 0;
            }

            string name = text.Substring(start + 1, semicolon - start - 1);
            string? value = name[0] == '#' ? DecodeNumeric(name) : DecodeNamed(name);
            if (value is null)
            {
                return 0;
            }

            decoded = value;
            return semicolon - start + 1;
        }

        private static string? DecodeNamed(string name)
        {
            switch (name)
            {
                case "ldquo": return "\u201C";
                case "rdquo": return "\u201D";
                case "lsquo": return "\u2018";
                case "rsquo": return "\u2019";
                case "quot": return "\"";
                case "apos": return "'";
                case "amp": return "&";
                case "lt": return "<";
                case "gt": return ">";
                case "nbsp": return "\u00A0";
                case "middot": return "\u00B7";
                case "mdash": return "\u2014";
                case "ndash": return "\u2013";
                case "hellip": return "\u2026";
                case "times": return "\u00D7";
                case "bull": return "\u2022";
                default: return null;
            }
        }

        private static string? DecodeNumeric(string name)
        {
            bool hex = name.Length > 1 && (name[1] == 'x' || name[1] == 'X');
            int first = hex ? 2 : 1;
            if (first >= name.Length)
            {
                return null;
            }

            int value = 0;
            for (int i = first; i < name.Length; i++)
            {
                int digit = HexDigit(name[i]);
                if (digit < 0 || (!hex && digit > 9))
                {
                    return null;
                }

                value = (value * (hex ? 16 : 10)) + digit;
                if (value > 0x10FFFF)
                {
                    return null;
                }
            }

            // A lone surrogate or NUL written as an entity is not a character we decode into.
            if (value == 0 || (value >= 0xD800 && value <= 0xDFFF))
            {
                return null;
            }

            return char.ConvertFromUtf32(value);
        }

        private static int HexDigit(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            return -1;
        }
    }
}
