using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace GlossaryGen.Abbreviations
{
    /// <summary>
    /// Finds the quoted numeric abbreviations (<see cref="QuotedAbbreviationRule"/>) of a text, where each
    /// is first quoted and how often the text uses it. Like the rule, this file is compiled into both the
    /// generator and GlossaryGen.Runtime, so it stays plain netstandard2.0 C# without the generator's model.
    /// </summary>
    internal static class QuotedAbbreviationFinder
    {
        /// <summary>Scans <paramref name="text"/> up to <paramref name="end"/>.</summary>
        /// <returns>Each abbreviation with the offset of its first quoted use (inside the quote marks) and its use count, in order of first use.</returns>
        public static List<(string Term, int FirstStart, int Count)> Find(string text, int end, CancellationToken cancellationToken = default)
        {
            var firstQuoted = new Dictionary<string, int>(StringComparer.Ordinal);
            var order = new List<string>();
            int position = 0;
            while (QuotedAbbreviationRule.TryReadQuoted(text, ref position, end, out int start, out int length))
            {
                cancellationToken.ThrowIfCancellationRequested();
                string inner = text.Substring(start, length);
                if (!firstQuoted.ContainsKey(inner) && QuotedAbbreviationRule.IsNumericAbbreviation(inner))
                {
                    firstQuoted.Add(inner, start);
                    order.Add(inner);
                }
            }

            Dictionary<string, int> counts = CountUses(text, end, order);
            return order.Select(term => (term, firstQuoted[term], counts[term])).ToList();
        }

        /// <summary>The size of the filter of first characters in <see cref="CountUses"/>: a power of two.</summary>
        private const int FirstCharFilterSize = 4096;

        /// <summary>
        /// Counts every use of the abbreviations, quoted or not, leftmost-longest so that 三保 inside
        /// 三保障 counts for 三保障 only; a number is not counted inside a longer number (137 in 1370).
        /// </summary>
        private static Dictionary<string, int> CountUses(string text, int end, IReadOnlyList<string> terms)
        {
            var counts = terms.ToDictionary(term => term, _ => 0, StringComparer.Ordinal);
            var byFirstChar = terms
                .GroupBy(term => term[0])
                .ToDictionary(group => group.Key, group => group.OrderByDescending(term => term.Length).ToArray());

            // Whether some term's first character has these low bits: most characters of a report are ruled out by
            // one array read instead of a dictionary look-up.
            var mayOpenTerm = new bool[FirstCharFilterSize];
            foreach (string term in terms)
            {
                mayOpenTerm[term[0] & (FirstCharFilterSize - 1)] = true;
            }

            for (int i = 0; i < end;)
            {
                string? found = null;
                if (mayOpenTerm[text[i] & (FirstCharFilterSize - 1)] && byFirstChar.TryGetValue(text[i], out string[]? candidates))
                {
                    found = candidates.FirstOrDefault(term => IsUseAt(text, i, end, term));
                }

                if (found is null)
                {
                    i++;
                    continue;
                }

                counts[found]++;
                i += found.Length;
            }

            return counts;
        }

        private static bool IsUseAt(string text, int start, int end, string term)
        {
            int after = start + term.Length;
            return after <= end
                && string.CompareOrdinal(text, start, term, 0, term.Length) == 0
                && !(QuotedAbbreviationRule.IsDigit(term[0]) && start > 0 && QuotedAbbreviationRule.IsDigit(text[start - 1]))
                && !(QuotedAbbreviationRule.IsDigit(term[term.Length - 1]) && after < text.Length && QuotedAbbreviationRule.IsDigit(text[after]));
        }
    }
}
