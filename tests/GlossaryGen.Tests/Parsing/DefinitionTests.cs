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
        public void A_long_line_wrapped_after_a_closing_quote_or_bracket_is_joined()
        {
            ParsedGlossary glossary = ParseLines(
                "名词解释",
                "一、其他支出：指除上述“工资福利支出”“商品服务支出”“对个人补助”",
                "等以外的支出，包括差旅费、会议费、培训费以及因公出国（境外）",
                "费用和会议费。");

            ParsedEntry entry = Assert.Single(glossary.Entries);
            Assert.Equal("指除上述“工资福利支出”“商品服务支出”“对个人补助”等以外的支出，包括差旅费、会议费、培训费以及因公出国（境外）费用和会议费。", entry.Definition);
        }

        [Fact]
        public void A_closing_quote_after_a_full_stop_still_ends_the_paragraph()
        {
            ParsedGlossary glossary = ParseLines(
                "名词解释",
                "1.双向奔赴：指城乡要素互相流动，群众称之为“城里人下乡、乡里人进城。”",
                "这一说法最早见于本市。");

            ParsedEntry entry = Assert.Single(glossary.Entries);
            Assert.Equal("指城乡要素互相流动，群众称之为“城里人下乡、乡里人进城。”\n这一说法最早见于本市。", entry.Definition);
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
