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
        /// edit distance, ties broken by ordinal order so the answer is stable. A candidate whose distance
        /// is not below the longer of the two lengths (nothing in common) is never named.
        /// </summary>
        public static IReadOnlyList<string> Closest(string term, IEnumerable<string> candidates, int max = 3)
        {
            if (candidates is null)
            {
                throw new ArgumentNullException(nameof(candidates));
            }

            if (max <= 0)
            {
                return Array.Empty<string>();
            }

            string probe = GlossaryKey.Normalize(term);
            // The best so far, ordered by distance then ordinally. The build-time check runs this over every term of
            // a large glossary, so a candidate that cannot enter the list is dropped as early as possible.
            var best = new List<KeyValuePair<int, string>>(max + 1);
            var rows = new DistanceRows();
            foreach (string candidate in candidates)
            {
                int limit = Math.Max(probe.Length, candidate.Length) - 1;
                if (best.Count == max)
                {
                    // An equal distance can still enter, ahead of an ordinally later term.
                    limit = Math.Min(limit, best[max - 1].Key);
                }

                if (Math.Abs(probe.Length - candidate.Length) > limit)
                {
                    continue;
                }

                int distance = rows.Distance(probe, candidate, limit);
                if (distance <= limit)
                {
                    Insert(best, distance, candidate, max);
                }
            }

            var closest = new string[best.Count];
            for (int i = 0; i < closest.Length; i++)
            {
                closest[i] = best[i].Value;
            }

            return closest;
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

        /// <summary>Puts (distance, candidate) in its place in <paramref name="best"/>, once, keeping at most <paramref name="max"/>.</summary>
        private static void Insert(List<KeyValuePair<int, string>> best, int distance, string candidate, int max)
        {
            int position = 0;
            while (position < best.Count)
            {
                int order = best[position].Key != distance
                    ? best[position].Key.CompareTo(distance)
                    : string.CompareOrdinal(best[position].Value, candidate);
                if (order == 0)
                {
                    return; // The same candidate listed twice.
                }

                if (order > 0)
                {
                    break;
                }

                position++;
            }

            best.Insert(position, new KeyValuePair<int, string>(distance, candidate));
            if (best.Count > max)
            {
                best.RemoveAt(max);
            }
        }

        /// <summary>Levenshtein distance by UTF-16 code unit, with two rows reused across candidates.</summary>
        private sealed class DistanceRows
        {
            private int[] _previous = new int[16];
            private int[] _current = new int[16];

            /// <summary>
            /// The distance between <paramref name="a"/> and <paramref name="b"/> when it is at most
            /// <paramref name="limit"/>; otherwise some value above <paramref name="limit"/>. A row's minimum never
            /// decreases, so once it exceeds the limit the distance does too.
            /// </summary>
            public int Distance(string a, string b, int limit)
            {
                if (_previous.Length <= b.Length)
                {
                    _previous = new int[b.Length + 1];
                    _current = new int[b.Length + 1];
                }

                int[] previous = _previous;
                int[] current = _current;
                for (int j = 0; j <= b.Length; j++)
                {
                    previous[j] = j;
                }

                for (int i = 1; i <= a.Length; i++)
                {
                    current[0] = i;
                    int rowMinimum = i;
                    for (int j = 1; j <= b.Length; j++)
                    {
                        int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                        current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
                        rowMinimum = Math.Min(rowMinimum, current[j]);
                    }

                    if (rowMinimum > limit)
                    {
                        return limit + 1;
                    }

                    int[] swap = previous;
                    previous = current;
                    current = swap;
                }

                return previous[b.Length];
            }
        }
    }
}
