using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Xunit;

namespace GlossaryGen.Tests.Matching
{
    public class GlossaryMatcherTests
    {
        [Fact]
        public void Longest_term_at_a_position_wins_over_shorter_terms_inside_it()
        {
            MatcherHarness harness = MatcherHarness.For("三送", "三送三解三优", "三解", "三优");

            var found = harness.Find("落实“三送三解三优”，再三送");

            Assert.Equal(new[] { (3, 6, 1), (12, 2, 0) }, found);
        }

        [Fact]
        public void Leftmost_match_wins_over_a_longer_one_that_starts_later_and_overlaps_it()
        {
            MatcherHarness harness = MatcherHarness.For("发展", "展六仗", "六仗");

            Assert.Equal(new[] { (0, 2, 0), (2, 2, 2) }, harness.Find("发展六仗"));
        }

        [Fact]
        public void Matches_do_not_overlap_and_the_search_goes_on_after_each()
        {
            MatcherHarness harness = MatcherHarness.For("六零", "零六");

            Assert.Equal(new[] { (0, 2, 0), (2, 2, 0), (5, 2, 1) }, harness.Find("六零六零 零六"));
        }

        [Fact]
        public void Text_without_terms_and_empty_text_have_no_matches()
        {
            MatcherHarness harness = MatcherHarness.For("四好农村路");

            Assert.Empty(harness.Find(string.Empty));
            Assert.Empty(harness.Find("四好农村公路"));
            Assert.Empty(harness.Find("四好农村"));
        }

        [Fact]
        public void Null_text_is_rejected()
        {
            MatcherHarness harness = MatcherHarness.For("六零");

            Assert.Throws<ArgumentNullException>(() => harness.Matcher.Find((string)null!));
            Assert.Throws<ArgumentNullException>(() => harness.Matcher.EnumerateMatches((string)null!));
        }

        [Fact]
        public void Tables_of_another_version_are_rejected_with_a_clear_message()
        {
            var error = Assert.Throws<ArgumentException>(() => new GlossaryMatcher("\u0002\0\0\0\0\0", i => null!));

            Assert.Contains("different version", error.Message);
        }

        [Fact]
        public void Finds_the_same_matches_as_brute_force_on_the_seed_reports()
        {
            var harness = new MatcherHarness(SeedTexts.QuotedPhraseKeys());
            foreach (string name in SeedTexts.ReportNames)
            {
                string text = SeedTexts.Read(name);
                var expected = harness.Expected(text);

                Assert.True(expected.Count > 100, name + " should contain many of the keys");
                Assert.Equal(expected, harness.Find(text));
                Assert.Equal(expected, harness.Enumerate(text));
                Assert.Equal(expected, harness.EnumerateSpan(text));
            }
        }

        [Fact]
        public void Finds_the_same_matches_as_brute_force_on_random_texts_built_from_key_fragments()
        {
            var keys = SeedTexts.QuotedPhraseKeys();
            var harness = new MatcherHarness(keys);
            var random = new Random(20240501);
            const string noise = "，。、的和在推进“”0123456789abc \n";
            for (int round = 0; round < 300; round++)
            {
                string text = RandomText(random, keys, noise, 60);

                Assert.Equal(harness.Expected(text), harness.Find(text));
            }
        }

        [Fact]
        public void Finds_the_same_matches_as_brute_force_for_random_key_sets_over_a_small_alphabet()
        {
            // A small alphabet makes keys share prefixes, nest and overlap far more than real terms do.
            var random = new Random(7);
            const string alphabet = "三四五送解优a";
            for (int round = 0; round < 200; round++)
            {
                var keys = Enumerable.Range(0, random.Next(1, 12))
                    .Select(_ => new string(Enumerable.Range(0, random.Next(1, 6)).Select(__ => alphabet[random.Next(alphabet.Length)]).ToArray()))
                    .Distinct(StringComparer.Ordinal)
                    .Select((key, i) => new KeyValuePair<string, int>(key, i))
                    .ToList();
                var harness = new MatcherHarness(keys);
                string text = new string(Enumerable.Range(0, 80).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

                Assert.Equal(harness.Expected(text), harness.Find(text));
                Assert.Equal(harness.Expected(text), harness.EnumerateSpan(text));
            }
        }

        [Fact]
        public void Enumerator_can_be_reset_and_used_through_linq()
        {
            MatcherHarness harness = MatcherHarness.For("六零");
            GlossaryMatchEnumerator matches = harness.Matcher.EnumerateMatches("六零和六零");

            Assert.Equal(2, matches.Count());
            Assert.True(matches.MoveNext());
            Assert.True(matches.MoveNext());
            Assert.Equal(3, matches.Current.Index);
            Assert.False(matches.MoveNext());
            matches.Reset();
            Assert.True(matches.MoveNext());
            Assert.Equal(0, matches.Current.Index);
        }

        [Fact]
        public void Default_enumerator_has_no_matches()
        {
            GlossaryMatchEnumerator matches = default;

            Assert.False(matches.MoveNext());
        }

        private static string RandomText(Random random, IReadOnlyList<KeyValuePair<string, int>> keys, string noise, int pieces)
        {
            var text = new StringBuilder();
            for (int piece = 0; piece < pieces; piece++)
            {
                string key = keys[random.Next(keys.Count)].Key;
                switch (random.Next(4))
                {
                    case 0:
                        text.Append(key);
                        break;
                    case 1:
                        // A fragment: a key cut short or started late, which the trie must back out of.
                        int start = random.Next(key.Length);
                        text.Append(key, start, random.Next(key.Length - start) + 1);
                        break;
                    case 2:
                        text.Append(key, 0, Math.Max(1, key.Length - 1));
                        break;
                    default:
                        text.Append(noise[random.Next(noise.Length)]);
                        break;
                }
            }

            return text.ToString();
        }
    }
}
