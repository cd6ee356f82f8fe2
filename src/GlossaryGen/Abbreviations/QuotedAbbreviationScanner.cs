using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using GlossaryGen.Model;

namespace GlossaryGen.Abbreviations
{
    /// <summary>
    /// Finds the quoted numeric abbreviations (<see cref="QuotedAbbreviationRule"/>) of a report's body,
    /// with where each is first quoted and how often the body uses it. A pure function of the text.
    /// </summary>
    internal static class QuotedAbbreviationScanner
    {
        /// <summary>Scans the whole text: a report without a glossary section.</summary>
        public static EquatableArray<AbbreviationUse> Scan(string text, CancellationToken cancellationToken = default)
            => Scan(text, text.Length, new LineMap(text), cancellationToken);

        /// <summary>
        /// Scans the body of a report whose glossary section header is on 1-based line
        /// <paramref name="sectionStartLine"/>: the glossary and whatever follows it are not body text.
        /// 0 means the file has no header and is scanned whole.
        /// </summary>
        public static EquatableArray<AbbreviationUse> ScanBody(string text, int sectionStartLine, CancellationToken cancellationToken = default)
        {
            var lines = new LineMap(text);
            int end = sectionStartLine > 0 ? lines.LineStart(sectionStartLine - 1, text.Length) : text.Length;
            return Scan(text, end, lines, cancellationToken);
        }

        private static EquatableArray<AbbreviationUse> Scan(string text, int end, LineMap lines, CancellationToken cancellationToken)
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
            return order
                .Select(term => new AbbreviationUse(term, lines.Range(firstQuoted[term], term.Length), counts[term]))
                .ToEquatableArray();
        }

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
            for (int i = 0; i < end;)
            {
                string? found = null;
                if (byFirstChar.TryGetValue(text[i], out string[]? candidates))
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
