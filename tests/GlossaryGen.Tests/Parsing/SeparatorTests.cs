using System.Linq;
using GlossaryGen.Model;
using Xunit;
using static GlossaryGen.Tests.Parsing.ParserTestSupport;

namespace GlossaryGen.Tests.Parsing
{
    public class SeparatorTests
    {
        [Theory]
        [InlineData("六零：零门槛、零跑腿。")]
        [InlineData("六零:零门槛、零跑腿。")]
        [InlineData("六零 ：零门槛、零跑腿。")]
        [InlineData("六零： 零门槛、零跑腿。")]
        public void Colon_full_width_or_ascii(string line)
        {
            ParsedEntry entry = Assert.Single(ParseLines("名词解释", line).Entries);

            Assert.Equal("六零", entry.Heading);
            Assert.Equal("零门槛、零跑腿。", entry.Definition);
        }

        [Fact]
        public void Single_space_before_a_definition_that_opens_with_a_prefix()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "七办 指一窗通办、一网通办、一次办好。", "六零 即零门槛、零跑腿。");

            Assert.Equal(new[] { "七办", "六零" }, glossary.Entries.Select(e => e.Heading));
            Assert.Equal("指一窗通办、一网通办、一次办好。", glossary.Entries[0].Definition);
            Assert.Empty(glossary.Diagnostics);
        }

        [Fact]
        public void Full_width_space_separates_too()
        {
            ParsedEntry entry = Assert.Single(ParseLines("名词解释", "1.七办　指一窗通办。").Entries);

            Assert.Equal("七办", entry.Heading);
            Assert.Equal("指一窗通办。", entry.Definition);
        }

        [Fact]
        public void Dash_in_place_of_a_colon()
        {
            ParsedGlossary glossary = ParseLines(
                "名词解释", "1. 街角绿地——指面积较小、供附近居民休憩的绿地。", "2.“三库”──指人才库、项目库、资金库。", "3.慢行道－－指供步行和骑行的道路。");

            Assert.Equal(new[] { "街角绿地", "“三库”", "慢行道" }, glossary.Entries.Select(e => e.Heading));
            Assert.Equal("指面积较小、供附近居民休憩的绿地。", glossary.Entries[0].Definition);
            Assert.Equal("指人才库、项目库、资金库。", glossary.Entries[1].Definition);
            Assert.Empty(glossary.Diagnostics);
        }

        [Fact]
        public void Dash_inside_a_definition_or_opening_a_line_is_not_a_separator()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "1.双轮驱动：指科技创新和制度创新——两者缺一不可。", "——本报告所列数据为初步统计数。");

            ParsedEntry entry = Assert.Single(glossary.Entries);
            Assert.Equal("双轮驱动", entry.Heading);
        }

        [Fact]
        public void A_term_in_lenticular_brackets_opens_the_line()
        {
            ParsedGlossary glossary = ParseLines(
                "名词解释",
                "【低空飞行】以民用无人驾驶航空器为主的低空飞行活动。",
                "",
                "【数智融合】：指数字化和智能化协同推进。",
                "",
                "〖银发消费〗指面向老年人的消费。");

            Assert.Equal(new[] { "低空飞行", "数智融合", "银发消费" }, glossary.Entries.Select(e => e.Heading));
            Assert.Equal("以民用无人驾驶航空器为主的低空飞行活动。", glossary.Entries[0].Definition);
            Assert.Equal("指数字化和智能化协同推进。", glossary.Entries[1].Definition);
            Assert.Empty(glossary.Diagnostics);
            AssertRangeMatches(string.Join("\n", "名词解释", "【低空飞行】以民用无人驾驶航空器为主的低空飞行活动。"), glossary.Entries[0].HeadingRange, "低空飞行");
        }

        [Fact]
        public void A_bracketed_title_alone_on_its_line_is_not_split_as_a_term()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "1.六零：零门槛。", "【以上名词按笔画排序】");

            ParsedEntry entry = Assert.Single(glossary.Entries);
            Assert.Equal("六零", entry.Heading);
        }

        [Fact]
        public void A_comma_before_a_definition_word_ends_a_numbered_heading_as_a_guess()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "1.三保，指保基本民生、保工资、保运转。", "2.“两新”，即设备更新和以旧换新。", "3.四稳，是指稳就业、稳金融、稳外贸、稳预期。");

            Assert.Equal(new[] { "三保", "“两新”", "四稳" }, glossary.Entries.Select(e => e.Heading));
            Assert.Equal("指保基本民生、保工资、保运转。", glossary.Entries[0].Definition);
            Assert.Equal("是指稳就业、稳金融、稳外贸、稳预期。", glossary.Entries[2].Definition);
            Assert.Equal(new[] { "GG0112" }, Ids(glossary));
        }

        [Fact]
        public void A_comma_before_a_word_that_only_starts_with_zhi_is_not_a_separator()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "1.加强监管，指导企业规范经营是指对企业的帮扶。");

            Assert.DoesNotContain(glossary.Entries, e => e.Heading == "加强监管");
        }

        [Fact]
        public void Nothing_after_a_closing_quote()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "1.爱国卫生“7个专项行动”清垃圾、清杂物、清沟渠。", "2.“三减少”“三加强”减少会议、加强落实。");

            Assert.Equal(new[] { "爱国卫生“7个专项行动”", "“三减少”“三加强”" }, glossary.Entries.Select(e => e.Heading));
            Assert.Equal("清垃圾、清杂物、清沟渠。", glossary.Entries[0].Definition);
            Assert.Equal(new[] { "三减少", "三加强" }, glossary.Entries[1].Cores.ToArray());
        }

        [Fact]
        public void Line_break_term_alone_then_definition_entries_separated_by_blank_lines()
        {
            ParsedGlossary glossary = ParseLines(
                "2024年预算报告中有关名词的解释",
                "",
                "一般公共预算",
                "是对以税收为主体的财政收入，安排用于保障和改善民生、推动经济社会发展的收支预算。",
                "",
                "政府性基金预算",
                "是对依照法律、行政法规的规定筹集的资金，专项用于特定公共事业发展的收支预算。",
                "其中，土地出让收入占大部分。",
                "",
                "专项债券",
                "是地方政府为有一定收益的公益性项目发行的债券。");

            Assert.Equal(new[] { "一般公共预算", "政府性基金预算", "专项债券" }, glossary.Entries.Select(e => e.Term));
            Assert.Equal("是对依照法律、行政法规的规定筹集的资金，专项用于特定公共事业发展的收支预算。\n其中，土地出让收入占大部分。", glossary.Entries[1].Definition);
            Assert.Equal((6, 8), (glossary.Entries[1].Line, glossary.Entries[1].EndLine));
            Assert.Empty(glossary.Diagnostics);
        }

        [Fact]
        public void Colon_at_the_end_of_the_line_puts_the_definition_on_the_next_lines()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "1.六零：", "负面清单之外市场准入“零门槛”，", "企业办事“零跑腿”。", "2.七办：一窗通办。");

            Assert.Equal("负面清单之外市场准入“零门槛”，企业办事“零跑腿”。", glossary.Entries[0].Definition);
            Assert.Equal(4, glossary.Entries[0].EndLine);
        }

        [Theory]
        [InlineData("即零门槛、零跑腿。")]
        [InlineData("指零门槛、零跑腿。")]
        [InlineData("是指零门槛、零跑腿。")]
        [InlineData("是零门槛、零跑腿。")]
        public void Definition_prefix_is_kept_as_printed(string definition)
        {
            ParsedEntry entry = Assert.Single(ParseLines("名词解释", "1.六零：" + definition).Entries);

            Assert.Equal(definition, entry.Definition);
        }
    }
}
