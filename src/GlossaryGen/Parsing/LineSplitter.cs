using System.Collections.Generic;
using System.Threading;

namespace GlossaryGen.Parsing
{
    /// <summary>
    /// Splits text into lines the way Roslyn's <c>SourceText</c> does (CRLF, CR, LF, U+0085,
    /// U+2028, U+2029), so that the lines and columns we report are the ones the IDE shows.
    /// </summary>
    internal static class LineSplitter
    {
        /// <summary>The characters <see cref="IsLineBreak"/> accepts.</summary>
        private static readonly char[] LineBreaks = { '\n', '\r', '\u0085', '\u2028', '\u2029' };

        public static List<SourceLine> Split(string text, CancellationToken cancellationToken)
        {
            var lines = new List<SourceLine>();
            int lineStart = 0;
            int i = 0;
            while (i < text.Length)
            {
                i = text.IndexOfAny(LineBreaks, i);
                if (i < 0)
                {
                    break;
                }

                char c = text[i];
                if ((lines.Count & 0x3FF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                lines.Add(new SourceLine(lines.Count, lineStart, i - lineStart));
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                lineStart = i;
            }

            // Roslyn always has a last line, empty when the text ends with a line break.
            lines.Add(new SourceLine(lines.Count, lineStart, text.Length - lineStart));
            return lines;
        }

        public static bool IsLineBreak(char c)
            => c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
