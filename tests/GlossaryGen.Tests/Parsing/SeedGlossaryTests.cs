using System.Linq;
using GlossaryGen.Model;
using Xunit;
using static GlossaryGen.Tests.Parsing.ParserTestSupport;

namespace GlossaryGen.Tests.Parsing
{
    public class SeedGlossaryTests
    {
        private const string Yiyang = "yiyang-2024.txt";
        private const string Lingling = "lingling-2024.txt";

        [Theory]
        [MemberData(nameof(SeedGlossaryData.Yiyang), MemberType = typeof(SeedGlossaryData))]
        public void Yiyang_entry_is_read_exactly(int number, int line, string heading, string term, string[] cores, string definition)
            => AssertEntry(Yiyang, number, line, heading, term, cores, definition);

        [Theory]
        [MemberData(nameof(SeedGlossaryData.Lingling), MemberType = typeof(SeedGlossaryData))]
        public void Lingling_entry_is_read_exactly(int number, int line, string heading, string term, string[] cores, string definition)
            => AssertEntry(Lingling, number, line, heading, term, cores, definition);

        [Fact]
        public void Yiyang_has_23_entries_numbered_1_to_23_in_order()
        {
            ParsedGlossary glossary = Parse(ReadReport(Yiyang), Yiyang);

            Assert.Equal(Enumerable.Range(1, 23).Select(n => (int?)n), glossary.Entries.Select(e => e.Number));
            Assert.Equal(149, glossary.SectionStartLine);
        }

        [Fact]
        public void Lingling_has_22_entries_numbered_1_to_22_in_order()
        {
            ParsedGlossary glossary = Parse(ReadReport(Lingling), Lingling);

            Assert.Equal(Enumerable.Range(1, 22).Select(n => (int?)n), glossary.Entries.Select(e => e.Number));
            Assert.Equal(43, glossary.SectionStartLine);
        }

        [Fact]
        public void Yiyang_web_footer_yields_no_entry_and_one_info_that_covers_it()
        {
            string text = ReadReport(Yiyang);
            ParsedGlossary glossary = Parse(text, Yiyang);

            // Every body marker [1]..[23] follows its entry's heading, so the footnote checks report nothing.
            ParseDiagnostic footer = Assert.Single(glossary.Diagnostics);
            Assert.Equal("GG0110", footer.Id);
            Assert.Equal(196, footer.Range.StartLine);
            Assert.Equal(216, footer.Range.EndLine);
            Assert.Equal(new[] { "197", "217", "扫一扫在手机打开当前页" }, footer.Arguments.ToArray());
            Assert.DoesNotContain(glossary.Entries, e => e.Term.Contains("扫一扫") || e.Term.Contains("信息来源") || e.Term.Contains("责任编辑") || e.Term.Contains("网站"));
            Assert.Equal(195, glossary.Entries[22].EndLine);
        }

        [Fact]
        public void Lingling_reports_only_the_bookmark_residue_before_entry_22()
        {
            string text = ReadReport(Lingling);
            ParsedGlossary glossary = Parse(text, Lingling);

            ParseDiagnostic residue = Assert.Single(glossary.Diagnostics);
            Assert.Equal("GG0108", residue.Id);
            Assert.Equal(new[] { "[bookmark: _GoBack]" }, residue.Arguments.ToArray());
            AssertRangeMatches(text, residue.Range, "[bookmark: _GoBack]");
            Assert.Equal(64, residue.Range.StartLine);
        }

        [Theory]
        [InlineData("\r\n")]
        [InlineData("\r")]
        [InlineData("\n")]
        public void Seeds_read_the_same_with_any_line_ending_and_a_bom(string lineEnding)
        {
            foreach (string file in new[] { Yiyang, Lingling })
            {
                string original = ReadReport(file);
                string converted = "\uFEFF" + original.Replace("\r\n", "\n").Replace("\n", lineEnding);
                ParsedGlossary expected = Parse(original, file);
                ParsedGlossary actual = Parse(converted, file);

                Assert.Equal(expected.Entries.Select(e => (e.Number, e.Heading, e.Term, e.Definition, e.Line, e.EndLine)), actual.Entries.Select(e => (e.Number, e.Heading, e.Term, e.Definition, e.Line, e.EndLine)));
                Assert.Equal(Ids(expected), Ids(actual));
                foreach (ParsedEntry entry in actual.Entries)
                {
                    AssertRangeMatches(converted, entry.HeadingRange, entry.Heading);
                }
            }
        }

        private static void AssertEntry(string file, int number, int line, string heading, string term, string[] cores, string definition)
        {
            string text = ReadReport(file);
            ParsedGlossary glossary = Parse(text, file);
            ParsedEntry entry = Assert.Single(glossary.Entries, e => e.Number == number);

            Assert.Equal(heading, entry.Heading);
            Assert.Equal(term, entry.Term);
            Assert.Equal(cores, entry.Cores.ToArray());
            Assert.Equal(definition, entry.Definition);
            Assert.Equal(line, entry.Line);
            Assert.Equal(line, entry.EndLine);
            AssertRangeMatches(text, entry.HeadingRange, heading);
        }
    }
}
