using System.Globalization;

namespace GlossaryGen.Parsing
{
    /// <summary>
    /// Tells whether decoded text is really text in another encoding: GBK/GB18030 read as UTF-8 (full of
    /// U+FFFD), GBK or UTF-8 read as Latin-1/Windows-1252 (<c>Ãû´Ê½âÊÍ</c>), or UTF-16 without a byte order mark
    /// (every other character NUL). Reading such text would produce garbage terms, so the file is refused.
    /// </summary>
    internal static class MojibakeDetector
    {
        /// <summary>Fewer suspicious characters than this are typos, not a wrong encoding.</summary>
        private const int MinSuspiciousCount = 4;

        /// <returns>Why the text is not UTF-8, or null when it reads as UTF-8.</returns>
        public static string? Describe(string text)
        {
            int replacement = 0;
            int latin = 0;
            int nul = 0;
            int nonAscii = 0;
            int visible = 0;
            int cjk = 0;
            foreach (char c in text)
            {
                if (c >= '\u4E00' && c <= '\u9FFF')
                {
                    // The common case of a Chinese text, counted without the tests below (it passes none but the last).
                    visible++;
                    nonAscii++;
                    cjk++;
                    continue;
                }

                if (c == '\0')
                {
                    nul++;
                    continue;
                }

                if (TextChars.IsSpace(c) || LineSplitter.IsLineBreak(c))
                {
                    continue;
                }

                visible++;
                if (c < '\u0080')
                {
                    continue;
                }

                nonAscii++;
                if (c == '\uFFFD')
                {
                    replacement++;
                }
                else if (IsLatinMojibakeChar(c))
                {
                    latin++;
                }
                else if (TextChars.IsCjk(c))
                {
                    cjk++;
                }
            }

            if (nul >= MinSuspiciousCount && nul * 4 >= visible)
            {
                return string.Format(CultureInfo.InvariantCulture, "every other character is NUL ({0} of them), as in UTF-16 text without a byte order mark", nul);
            }

            // One U+FFFD among thousands of characters is a damaged character; GBK read as UTF-8 turns
            // nearly every Chinese character into U+FFFD.
            if (replacement >= MinSuspiciousCount && replacement * 20 >= nonAscii)
            {
                return string.Format(CultureInfo.InvariantCulture, "it contains {0} replacement characters (U+FFFD), as GBK/GB18030 text does when read as UTF-8", replacement);
            }

            // Latin-1 letters in a French or German glossary are a few percent of the text; GBK read as
            // Latin-1 turns every Chinese character into two of them and leaves no Chinese character.
            if (latin >= MinSuspiciousCount && latin * 2 >= nonAscii && latin * 4 >= visible && cjk * 10 < latin)
            {
                return string.Format(CultureInfo.InvariantCulture, "it contains {0} characters such as '{1}' that GBK/GB18030 or UTF-8 text shows when read as Latin-1/Windows-1252", latin, Sample(text));
            }

            return null;
        }

        private static bool IsLatinMojibakeChar(char c)
        {
            if (c >= '\u0080' && c <= '\u00FF')
            {
                return true;
            }

            // The characters Windows-1252 puts at 0x80-0x9F.
            switch (c)
            {
                case '\u20AC': case '\u201A': case '\u0192': case '\u201E': case '\u2020': case '\u2021':
                case '\u02C6': case '\u2030': case '\u0160': case '\u2039': case '\u0152': case '\u017D':
                case '\u02DC': case '\u2122': case '\u0161': case '\u203A': case '\u0153': case '\u017E': case '\u0178':
                    return true;
                default:
                    return false;
            }
        }

        private static string Sample(string text)
        {
            var builder = new System.Text.StringBuilder();
            foreach (char c in text)
            {
                if (IsLatinMojibakeChar(c) && !char.IsControl(c))
                {
                    builder.Append(c);
                    if (builder.Length == 6)
                    {
                        break;
                    }
                }
                else if (builder.Length > 0)
                {
                    break;
                }
            }

            return builder.ToString();
        }
    }
}
