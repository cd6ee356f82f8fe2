using System.Linq;
using GlossaryGen.Model;
using Xunit;
using static GlossaryGen.Tests.Parsing.ParserTestSupport;

namespace GlossaryGen.Tests.Parsing
{
    public class EdgeShapeTests
    {
        [Fact]
        public void A_heading_of_quote_marks_only_is_not_an_entry()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "1.“”：什么也不是。", "2.六零：零门槛。");

            Assert.Equal("六零", Assert.Single(glossary.Entries).Term);
            Assert.Equal(new[] { "GG0101" }, Ids(glossary));
            Assert.Equal(1, glossary.Diagnostics[0].Range.StartLine);
        }

        [Fact]
        public void Numbered_heading_alone_takes_the_definition_from_the_next_lines()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "[1]六零", "负面清单之外市场准入“零门槛”。", "", "[2]七办", "一窗通办。");

            Assert.Equal(new[] { ("六零", "负面清单之外市场准入“零门槛”。"), ("七办", "一窗通办。") }, glossary.Entries.Select(e => (e.Term, e.Definition)));
            Assert.Empty(glossary.Diagnostics);
        }

        [Fact]
        public void Unnumbered_list_with_nothing_after_closing_quotes()
        {
            ParsedGlossary glossary = ParseLines("注释", "爱国卫生“7个专项行动”清垃圾、清杂物。", "“三减少”“三加强”减少会议、加强落实。");

            Assert.Equal(new[] { "爱国卫生7个专项行动", "三减少三加强" }, glossary.Entries.Select(e => e.Term));
            Assert.Empty(glossary.Diagnostics);
        }

        [Fact]
        public void Traditional_character_glossary_and_footer()
        {
            ParsedGlossary glossary = ParseLines("名詞解釋", "1.「六零」：零門檻。", "2.七辦：一窗通辦。", "責任編輯：張三");

            Assert.Equal(new[] { "六零", "七辦" }, glossary.Entries.Select(e => e.Term));
            Assert.Equal(new[] { "GG0110" }, Ids(glossary));
        }

        [Fact]
        public void Hostile_text_in_terms_and_definitions_is_kept_verbatim()
        {
            ParsedGlossary glossary = ParseLines(
                "名词解释",
                "1.class：</summary><script>alert(1)</script> */ \\ \" & #if",
                "2.123：只有数字的术语。",
                "3.—·—：只有标点的术语\u200B\0\uD800。",
                "4.！？：含句末标点的不是术语。");

            Assert.Equal(new[] { "class", "123", "—·—" }, glossary.Entries.Select(e => e.Term));
            Assert.Equal(new[] { "GG0101" }, Ids(glossary));
            Assert.Equal("</summary><script>alert(1)</script> */ \\ \" & #if", glossary.Entries[0].Definition);
            Assert.Equal("只有标点的术语\u200B\0\uD800。", glossary.Entries[2].Definition);
        }

        [Fact]
        public void Mixed_line_endings_keep_lines_and_columns_right()
        {
            string text = "名词解释\r\n1.六零：零门槛。\r2.七办：一窗通办。\n\u20283.三稀：稀土。";
            ParsedGlossary glossary = Parse(text);

            Assert.Equal(new[] { 2, 3, 5 }, glossary.Entries.Select(e => e.Line));
            foreach (ParsedEntry entry in glossary.Entries)
            {
                AssertRangeMatches(text, entry.HeadingRange, entry.Heading);
            }
        }
    }
}
