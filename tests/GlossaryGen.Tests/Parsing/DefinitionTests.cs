using GlossaryGen.Model;
using Xunit;
using static GlossaryGen.Tests.Parsing.ParserTestSupport;

namespace GlossaryGen.Tests.Parsing
{
    public class DefinitionTests
    {
        [Fact]
        public void Paragraphs_are_joined_with_a_line_feed()
        {
            ParsedGlossary glossary = ParseLines(
                "名词解释",
                "[1]六零：负面清单之外市场准入“零门槛”。",
                "",
                "企业正常经营“零干扰”。",
                "[2]七办：一窗通办。");

            Assert.Equal("负面清单之外市场准入“零门槛”。\n企业正常经营“零干扰”。", glossary.Entries[0].Definition);
            Assert.Equal((2, 4), (glossary.Entries[0].Line, glossary.Entries[0].EndLine));
        }

        [Fact]
        public void Hard_wrapped_lines_are_joined_without_a_break()
        {
            ParsedGlossary glossary = ParseLines(
                "名词解释",
                "六零：负面清单之外市场准入“零门槛”，企业办事“零跑腿”，收费清单之外",
                "企业经营“零收费”。",
                "七办：一窗通办。");

            Assert.Equal(2, glossary.Entries.Count);
            Assert.Equal("负面清单之外市场准入“零门槛”，企业办事“零跑腿”，收费清单之外企业经营“零收费”。", glossary.Entries[0].Definition);
        }

        [Fact]
        public void Wrapped_latin_words_keep_a_space()
        {
            ParsedEntry entry = Assert.Single(ParseLines("名词解释", "1.RCEP：Regional Comprehensive Economic", "Partnership，区域全面经济伙伴关系协定。").Entries);

            Assert.Equal("Regional Comprehensive Economic Partnership，区域全面经济伙伴关系协定。", entry.Definition);
        }

        [Fact]
        public void Circled_number_lists_on_their_own_lines_are_items_of_the_definition()
        {
            ParsedGlossary glossary = ParseLines(
                "名词解释",
                "发展六仗：包括",
                "①经济增长主动仗；",
                "②科技创新攻坚仗。",
                "七办：一窗通办。");

            Assert.Equal(2, glossary.Entries.Count);
            Assert.Equal("包括\n①经济增长主动仗；\n②科技创新攻坚仗。", glossary.Entries[0].Definition);
        }

        [Fact]
        public void Circled_number_lists_inside_one_line_stay_as_printed()
        {
            ParsedEntry entry = Assert.Single(ParseLines("名词解释", "1.发展六仗：①经济增长主动仗；②科技创新攻坚仗。").Entries);

            Assert.Equal("①经济增长主动仗；②科技创新攻坚仗。", entry.Definition);
        }

        [Fact]
        public void Unnumbered_continuation_with_a_connective_stays_in_the_definition()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "六零：零门槛、零跑腿。", "其中：零门槛指市场准入。", "七办：一窗通办。");

            Assert.Equal(2, glossary.Entries.Count);
            Assert.Equal("零门槛、零跑腿。\n其中：零门槛指市场准入。", glossary.Entries[0].Definition);
        }
    }
}
