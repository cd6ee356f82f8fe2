using System;
using System.Collections.Generic;
using System.Linq;
using GlossaryGen.Matching;
using Xunit;

namespace GlossaryGen.Tests.Matching
{
    public class MatcherTableBuilderTests
    {
        [Fact]
        public void Empty_key_set_makes_tables_that_match_nothing()
        {
            var harness = new MatcherHarness(new List<KeyValuePair<string, int>>());

            Assert.True(harness.Tables.Fits);
            Assert.Equal(0, harness.Tables.KeyCount);
            Assert.Empty(harness.Find("六零\0abc 三送三解三优"));
        }

        [Fact]
        public void One_character_keys_match_every_occurrence()
        {
            MatcherHarness harness = MatcherHarness.For("三", "四");

            Assert.Equal(new[] { (0, 1, 0), (2, 1, 1), (3, 1, 0) }, harness.Find("三高四三"));
        }

        [Fact]
        public void Keys_that_are_prefixes_of_others_match_when_the_longer_key_does_not_follow()
        {
            MatcherHarness harness = MatcherHarness.For("三", "三送", "三送三解三优");

            Assert.Equal(new[] { (0, 6, 2), (6, 2, 1), (8, 1, 0), (9, 1, 0) }, harness.Find("三送三解三优三送三三"));
        }

        [Fact]
        public void Keys_with_surrogate_pairs_match_whole_pairs()
        {
            // U+20000 and U+20001 share their high surrogate (D840).
            const string first = "\uD840\uDC00";
            const string second = "\uD840\uDC01";
            MatcherHarness harness = MatcherHarness.For(first + "路", second, "路");

            var found = harness.Find(second + first + "路" + first + "路");

            Assert.Equal(new[] { (0, 2, 1), (2, 3, 0), (5, 3, 0) }, found);
            Assert.Equal(harness.Expected("\uD840" + first + "路\uDC00路"), harness.Find("\uD840" + first + "路\uDC00路"));
        }

        [Fact]
        public void Empty_keys_and_keys_with_nul_are_left_out_and_a_repeated_key_keeps_its_first_entry()
        {
            var keys = new List<KeyValuePair<string, int>>
            {
                new KeyValuePair<string, int>(string.Empty, 0),
                new KeyValuePair<string, int>("a\0b", 1),
                new KeyValuePair<string, int>("六零", 2),
                new KeyValuePair<string, int>("六零", 3),
            };
            var harness = new MatcherHarness(keys);

            Assert.Equal(1, harness.Tables.KeyCount);
            Assert.Equal(new[] { (1, 2, 2) }, harness.Find("a六零\0b"));
        }

        [Fact]
        public void Tables_do_not_depend_on_the_order_of_the_keys()
        {
            var keys = SeedTexts.QuotedPhraseKeys();
            var shuffled = keys.OrderBy(key => key.Key.GetHashCode() ^ 0x5bd1e995).ToList();

            Assert.Equal(MatcherTableBuilder.Build(keys).Data, MatcherTableBuilder.Build(shuffled).Data);
        }

        [Fact]
        public void Thousands_of_keys_fit_and_match_like_brute_force()
        {
            var random = new Random(11);
            var keys = Enumerable.Range(0, 3000)
                .Select(_ => new string(Enumerable.Range(0, random.Next(1, 9)).Select(__ => (char)random.Next(0x4E00, 0x4E00 + 600)).ToArray()))
                .Distinct(StringComparer.Ordinal)
                .Select((key, i) => new KeyValuePair<string, int>(key, i))
                .ToList();
            var harness = new MatcherHarness(keys);
            string text = new string(Enumerable.Range(0, 3000).Select(_ => (char)random.Next(0x4E00, 0x4E00 + 600)).ToArray());

            Assert.True(harness.Tables.Fits);
            var expected = harness.Expected(text);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, harness.Find(text));
        }

        [Fact]
        public void Entry_indexes_beyond_one_code_unit_are_reported_as_too_large()
        {
            var tables = MatcherTableBuilder.Build(new[] { new KeyValuePair<string, int>("六零", 70000) });

            Assert.False(tables.Fits);
            Assert.Null(tables.Data);
            Assert.Contains("too large", tables.Problem);
        }

        [Fact]
        public void Header_describes_the_tables()
        {
            MatcherTables tables = MatcherTableBuilder.Build(new[] { new KeyValuePair<string, int>("六零", 0), new KeyValuePair<string, int>("三送", 1) });
            string data = tables.Data!;

            Assert.Equal(GlossaryMatcherTables.Version, data[GlossaryMatcherTables.VersionAt]);
            Assert.Equal(tables.StateCount, data[GlossaryMatcherTables.StateCountAt]);
            Assert.Equal(2, data[GlossaryMatcherTables.StartCountAt]);
            Assert.Equal("三六", data.Substring(data.Length - 2));
        }
    }
}
