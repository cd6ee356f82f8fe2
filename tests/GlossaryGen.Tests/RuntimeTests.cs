using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace GlossaryGen.Tests
{
    public class RuntimeTests
    {
        [Theory]
        [InlineData(" “六零” ", "六零")]
        [InlineData("「六零」", "六零")]
        [InlineData("\"六零\"", "六零")]
        [InlineData("工业“一主一特”", "工业“一主一特”")]
        [InlineData("《小石潭记》", "《小石潭记》")]
        [InlineData("“三减少”“三加强”", "“三减少”“三加强”")]
        [InlineData("“‘三网’融合”", "‘三网’融合")]
        [InlineData("“ 六零 ”", "六零")]
        [InlineData("“六零", "“六零")]
        [InlineData("“", "“")]
        [InlineData("", "")]
        public void Normalize_trims_whitespace_and_quote_marks_only_at_the_ends(string input, string expected)
        {
            Assert.Equal(expected, GlossaryKey.Normalize(input));
        }

        [Fact]
        public void Normalize_returns_the_same_instance_when_nothing_changes()
        {
            string term = "六零";
            Assert.Same(term, GlossaryKey.Normalize(term));
        }

        [Fact]
        public void RemoveQuotes_removes_quotes_anywhere()
        {
            Assert.Equal("工业一主一特", GlossaryKey.RemoveQuotes("工业\"一主一特\""));
        }

        [Fact]
        public void Suggestions_are_closest_first_then_ordinal()
        {
            var terms = new[] { "六零", "十代", "三线一单", "六大领域专项整治", "五零" };
            // 十代 and the longer terms share nothing with 七零 and are no suggestion at all.
            Assert.Equal(new[] { "五零", "六零" }, GlossarySuggestions.Closest("七零", terms));
        }

        [Fact]
        public void Unknown_term_message_names_the_term_and_suggestions()
        {
            KeyNotFoundException exception = GlossarySuggestions.UnknownTerm("六令", new[] { "六零", "十代" });
            Assert.Equal("'六令' is not a term of the glossary. Closest terms: '六零'.", exception.Message);
        }

        [Fact]
        public void Entry_list_creates_each_entry_once_even_under_contention()
        {
            int created = 0;
            var list = new GlossaryEntryList(3, i =>
            {
                System.Threading.Interlocked.Increment(ref created);
                return new GlossaryEntry("t" + i, "t" + i, "d", "f.txt", i + 1, null);
            });
            GlossaryEntry[] seen = new GlossaryEntry[16];
            Parallel.For(0, 16, i => seen[i] = list[1]);
            Assert.All(seen, entry => Assert.Same(seen[0], entry));
            Assert.Equal(new[] { "t0", "t1", "t2" }, list.Select(e => e.Term));
        }
    }
}
