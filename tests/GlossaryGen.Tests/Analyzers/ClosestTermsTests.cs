using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace GlossaryGen.Tests.Analyzers
{
    /// <summary>
    /// GlossarySuggestions.Closest prunes candidates for speed (the build-time check runs it over every term of a
    /// glossary); it must name exactly what the plain definition names: all candidates scored, the ones with
    /// something in common kept, ordered by distance then ordinally, the first <c>max</c>.
    /// </summary>
    public class ClosestTermsTests
    {
        [Fact]
        public void Pruned_search_names_what_the_plain_definition_names()
        {
            var random = new Random(12);
            const string Alphabet = "六零五十代一主特“”\" ab";
            for (int round = 0; round < 2000; round++)
            {
                string probe = Word(random, Alphabet, random.Next(0, 7));
                string[] candidates = Enumerable.Range(0, random.Next(0, 30)).Select(_ => Word(random, Alphabet, random.Next(0, 8))).ToArray();
                int max = random.Next(0, 5);

                Assert.Equal(Plain(probe, candidates, max), GlossarySuggestions.Closest(probe, candidates, max));
            }
        }

        private static IReadOnlyList<string> Plain(string term, IEnumerable<string> candidates, int max)
        {
            string probe = GlossaryKey.Normalize(term);
            return candidates
                .Distinct(StringComparer.Ordinal)
                .Select(candidate => (Candidate: candidate, Distance: Levenshtein(probe, candidate)))
                .Where(scored => scored.Distance < Math.Max(probe.Length, scored.Candidate.Length))
                .OrderBy(scored => scored.Distance)
                .ThenBy(scored => scored.Candidate, StringComparer.Ordinal)
                .Take(max)
                .Select(scored => scored.Candidate)
                .ToArray();
        }

        private static int Levenshtein(string a, string b)
        {
            var d = new int[a.Length + 1, b.Length + 1];
            for (int i = 0; i <= a.Length; i++)
            {
                d[i, 0] = i;
            }

            for (int j = 0; j <= b.Length; j++)
            {
                d[0, j] = j;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                for (int j = 1; j <= b.Length; j++)
                {
                    d[i, j] = Math.Min(d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), Math.Min(d[i - 1, j], d[i, j - 1]) + 1);
                }
            }

            return d[a.Length, b.Length];
        }

        private static string Word(Random random, string alphabet, int length)
            => new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
    }
}
