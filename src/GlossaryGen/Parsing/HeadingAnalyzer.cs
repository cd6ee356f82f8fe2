using System.Collections.Generic;
using System.Text;

namespace GlossaryGen.Parsing
{
    /// <summary>
    /// Derives the canonical term and the quoted cores from a heading as printed:
    /// <c>工业“一主一特”</c> is term <c>工业一主一特</c> with core <c>一主一特</c>;
    /// <c>“三减少”“三加强”</c> has the cores <c>三减少</c> and <c>三加强</c>.
    /// </summary>
    internal static class HeadingAnalyzer
    {
        /// <summary>The heading without any quote mark (the same marks lookups disregard at run time).</summary>
        public static string TermOf(string heading)
        {
            if (!HasQuote(heading))
            {
                return heading.Trim();
            }

            var builder = new StringBuilder(heading.Length);
            foreach (char c in heading)
            {
                if (!TextChars.IsQuote(c))
                {
                    builder.Append(c);
                }
            }

            return builder.ToString().Trim();
        }

        private static bool HasQuote(string text)
        {
            foreach (char c in text)
            {
                if (TextChars.IsQuote(c))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The outermost quotations of the heading, quote marks removed, in order and without repeats.
        /// A nested quotation (<c>“‘三网’融合”</c>) yields only the outer one (<c>三网融合</c>): the inner
        /// part names something else.
        /// </summary>
        public static List<string> CoresOf(string heading)
        {
            var cores = new List<string>();
            int i = 0;
            while (i < heading.Length)
            {
                if (!TextChars.StartsQuotation(heading[i]))
                {
                    i++;
                    continue;
                }

                int close = QuoteScanner.IndexOfClosing(heading, i, heading.Length);
                if (close < 0)
                {
                    break;
                }

                string core = TermOf(heading.Substring(i + 1, close - i - 1));
                if (core.Length > 0 && !cores.Contains(core))
                {
                    cores.Add(core);
                }

                i = close + 1;
            }

            return cores;
        }
    }
}
