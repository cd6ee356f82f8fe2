using System.Globalization;
using System.Text;

namespace GlossaryGen.Emitting
{
    /// <summary>
    /// Puts glossary text into generated code without letting it change the code's meaning: string
    /// literals escape everything a reader could not see or that ends a line; comments and XML docs
    /// replace such characters with a visible <c>[U+XXXX]</c>. Bidirectional controls (Trojan Source)
    /// therefore never appear raw anywhere in the output.
    /// </summary>
    internal static class SafeText
    {
        /// <summary>A C# string literal with the value <paramref name="value"/>, readable where the text is.</summary>
        public static string Literal(string value)
        {
            if (IsPlain(value, '"', '\\'))
            {
                return "\"" + value + "\"";
            }

            var builder = new StringBuilder(value.Length + 2);
            builder.Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                switch (c)
                {
                    case '"':
                        builder.Append("\\\"");
                        continue;
                    case '\\':
                        builder.Append("\\\\");
                        continue;
                    case '\n':
                        builder.Append("\\n");
                        continue;
                    case '\r':
                        builder.Append("\\r");
                        continue;
                    case '\t':
                        builder.Append("\\t");
                        continue;
                    case '\0':
                        builder.Append("\\0");
                        continue;
                }

                if (IsSurrogatePairAt(value, i))
                {
                    builder.Append(c).Append(value[i + 1]);
                    i++;
                }
                else if (NeedsEscape(c))
                {
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c);
                }
            }

            builder.Append('"');
            return builder.ToString();
        }

        /// <summary>A C# character literal; anything but a plainly visible character is a \u escape.</summary>
        public static string CharLiteral(char c)
        {
            switch (c)
            {
                case '\'':
                    return "'\\''";
                case '\\':
                    return "'\\\\'";
            }

            return char.IsSurrogate(c) || NeedsEscape(c) || c < ' '
                ? "'\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + "'"
                : "'" + c + "'";
        }

        /// <summary>Text for the inside of an XML doc element: escaped, one string per line.</summary>
        public static string[] DocLines(string value)
        {
            if (IsPlain(value, '<', '&'))
            {
                return new[] { value };
            }

            string visible = Visible(value, keepLineBreaks: true);
            var builder = new StringBuilder(visible.Length);
            foreach (char c in visible)
            {
                switch (c)
                {
                    case '&':
                        builder.Append("&amp;");
                        break;
                    case '<':
                        builder.Append("&lt;");
                        break;
                    case '>':
                        builder.Append("&gt;");
                        break;
                    default:
                        builder.Append(c);
                        break;
                }
            }

            return builder.ToString().Split('\n');
        }

        /// <summary>Text for a single-line <c>//</c> comment: no line breaks, nothing invisible.</summary>
        public static string Comment(string value) => Visible(value, keepLineBreaks: false);

        /// <summary>
        /// Replaces every character that is invisible, ends a line, or is not valid text with a
        /// visible <c>[U+XXXX]</c>; line breaks become '\n' or a space.
        /// </summary>
        private static string Visible(string value, bool keepLineBreaks)
        {
            var builder = new StringBuilder(value.Length);
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029')
                {
                    if (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n')
                    {
                        continue;
                    }

                    builder.Append(keepLineBreaks ? '\n' : ' ');
                }
                else if (IsSurrogatePairAt(value, i))
                {
                    builder.Append(c).Append(value[i + 1]);
                    i++;
                }
                else if (c == '\t')
                {
                    builder.Append(' ');
                }
                else if (NeedsEscape(c))
                {
                    builder.Append("[U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(']');
                }
                else
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }

        /// <summary>
        /// Whether every character of <paramref name="value"/> is one that no writer here changes: printable ASCII
        /// other than the two given, or a common CJK ideograph or punctuation mark. Most glossary text is, and then
        /// needs no copy character by character. The ranges have been assigned since Unicode 6.1, so the answer is
        /// the same whichever runtime's Unicode tables the compiler runs on.
        /// </summary>
        private static bool IsPlain(string value, char special1, char special2)
        {
            foreach (char c in value)
            {
                bool plain = c < '\u0080'
                    ? c >= ' ' && c != '\u007F' && c != special1 && c != special2 && c != '>'
                    : (c >= '\u4E00' && c <= '\u9FCC') || (c >= '\u3001' && c <= '\u3011') || (c >= '\uFF01' && c <= '\uFF5E')
                        || (c >= '\u2018' && c <= '\u201D') || c == '\u2014' || c == '\u2026' || c == '\u00B7';
                if (!plain)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsSurrogatePairAt(string value, int index)
            => char.IsHighSurrogate(value[index]) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]);

        /// <summary>
        /// Characters a reviewer could not see or that would break the line: controls, format
        /// characters (zero-width, bidirectional), separators, lone surrogates, unassigned and
        /// private-use code points, and the two non-characters.
        /// </summary>
        private static bool NeedsEscape(char c)
        {
            switch (char.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Control:
                case UnicodeCategory.Format:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                case UnicodeCategory.Surrogate:
                case UnicodeCategory.OtherNotAssigned:
                case UnicodeCategory.PrivateUse:
                    return true;
                default:
                    return c == '\uFFFE' || c == '\uFFFF';
            }
        }
    }
}
