using System.Globalization;
using System.Text;

namespace GlossaryGen.Parsing
{
    /// <summary>
    /// Makes glossary text safe to quote in a diagnostic message: shortened, and with control, bidi,
    /// zero-width and unpaired surrogate characters written as <c>\uXXXX</c> so the message reads as it is.
    /// </summary>
    internal static class DisplayText
    {
        public static string Quote(string text) => Quote(text, ParserLimits.MaxQuotedLineLength);

        public static string Quote(string text, int maxLength)
        {
            var builder = new StringBuilder(text.Length < maxLength ? text.Length + 8 : maxLength + 8);
            int shown = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (shown >= maxLength)
                {
                    builder.Append('\u2026');
                    break;
                }

                char c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[i + 1]);
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

                shown++;
            }

            return builder.ToString();
        }

        private static bool NeedsEscape(char c)
            => char.IsControl(c)
                || char.IsSurrogate(c)
                || TextChars.IsBidiControl(c)
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F'
                || c == '\u2060' || c == '\uFEFF' || c == '\u061C'
                || LineSplitter.IsLineBreak(c);

        /// <summary>A character as U+ hex digits without the prefix, as GG0005's message expects.</summary>
        public static string Hex(char c) => ((int)c).ToString("X4", CultureInfo.InvariantCulture);
    }
}
