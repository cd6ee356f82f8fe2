using System;
using System.Collections.Generic;
using System.Linq;

// This file is compiled into the runtime (public) and into the generator's analyzer (internal, another
// namespace), so the closest terms a build names and the ones a KeyNotFoundException names are the same.
#if GLOSSARYGEN_GENERATOR
namespace GlossaryGen.Building
#else
namespace GlossaryGen
#endif
{
    /// <summary>
    /// Finds the known terms closest to an unknown one, for error messages. Runs only when a
    /// lookup fails, so it favours clarity over speed.
    /// </summary>
#if GLOSSARYGEN_GENERATOR
    internal
#else
    public
#endif
    static class GlossarySuggestions
    {
        /// <summary>
        /// Returns up to <paramref name="max"/> of <paramref name="candidates"/>, closest first by
        /// edit distance, ties broken by ordinal order so the answer is stable.
        /// </summary>
        public static IReadOnlyList<string> Closest(string term, IEnumerable<string> candidates, int max = 3)
        {
            if (candidates is null)
            {
                throw new ArgumentNullException(nameof(candidates));
            }

            string probe = GlossaryKey.Normalize(term);
            return candidates
                .Distinct(StringComparer.Ordinal)
                .Select(candidate => new { Candidate = candidate, Distance = Distance(probe, candidate) })
                .Where(scored => scored.Distance < Math.Max(probe.Length, scored.Candidate.Length))
                .OrderBy(scored => scored.Distance)
                .ThenBy(scored => scored.Candidate, StringComparer.Ordinal)
                .Take(max)
                .Select(scored => scored.Candidate)
                .ToArray();
        }

        /// <summary>
        /// Creates the exception an unknown term raises: it names the term and the closest known
        /// terms, so the caller sees what they probably meant.
        /// </summary>
        public static KeyNotFoundException UnknownTerm(string term, IEnumerable<string> candidates)
        {
            IReadOnlyList<string> closest = Closest(term, candidates);
            string message = closest.Count == 0
                ? $"'{term}' is not a term of the glossary."
                : $"'{term}' is not a term of the glossary. Closest terms: {string.Join(", ", closest.Select(c => "'" + c + "'"))}.";
            return new KeyNotFoundException(message);
        }

        /// <summary>Levenshtein distance between two strings, by UTF-16 code unit.</summary>
        private static int Distance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                    current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
                }

                int[] swap = previous;
                previous = current;
                current = swap;
            }

            return previous[b.Length];
        }
    }
}
