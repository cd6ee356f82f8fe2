using System.Linq;
using GlossaryGen.Model;
using Xunit;
using static GlossaryGen.Tests.Parsing.ParserTestSupport;

namespace GlossaryGen.Tests.Parsing
{
    public class NumberingTests
    {
        [Theory]
        [InlineData("[1]", "[2]")]
        [InlineData("［1］", "［2］")]
        [InlineData("【1】", "【2】")]
        [InlineData("1.", "2.")]
        [InlineData("1．", "2．")]
        [InlineData("1.", "2．")]
        [InlineData("1、", "2、")]
        [InlineData("（1）", "（2）")]
        [InlineData("(1)", "(2)")]
        [InlineData("（1)", "(2）")]
        [InlineData("1. ", "2. ")]
        [InlineData("１．", "２．")]
        public void Every_numbering_style_gives_the_number(string first, string second)
        {
            ParsedGlossary glossary = ParseLines("名词解释", first + "六零：零门槛、零跑腿。", second + "七办：一窗通办。");

            Assert.Equal(new int?[] { 1, 2 }, glossary.Entries.Select(e => e.Number));
            Assert.Equal(new[] { "六零", "七办" }, glossary.Entries.Select(e => e.Heading));
            Assert.Empty(glossary.Diagnostics);
        }

        [Fact]
        public void Unnumbered_entries_have_no_number()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "六零：零门槛、零跑腿。", "七办：一窗通办。");

            Assert.All(glossary.Entries, e => Assert.Null(e.Number));
        }

        [Fact]
        public void A_term_that_starts_with_a_digit_is_read_by_the_sequence_not_as_a_decimal()
        {
            ParsedGlossary glossary = ParseLines(
                "名词解释",
                "18.两图五库：产业链招商路线图、招商引资全景地图。",
                "19.3个国铁、9个城际：3条国家铁路和9条城际铁路。",
                "20.5G基站：第五代移动通信基站。");

            Assert.Equal(new int?[] { 18, 19, 20 }, glossary.Entries.Select(e => e.Number));
            Assert.Equal("3个国铁、9个城际", glossary.Entries[1].Heading);
            Assert.Equal("5G基站", glossary.Entries[2].Term);
            Assert.Equal(new[] { "GG0109" }, Ids(glossary));
        }

        [Fact]
        public void A_decimal_at_the_start_of_a_definition_line_is_not_an_entry_number()
        {
            ParsedGlossary glossary = ParseLines(
                "名词解释",
                "1.专项债券：用于重点项目建设，",
                "2.5亿元用于保障性住房。",
                "2.六零：零门槛。");

            Assert.Equal(new[] { "专项债券", "六零" }, glossary.Entries.Select(e => e.Term));
            Assert.Equal("用于重点项目建设，2.5亿元用于保障性住房。", glossary.Entries[0].Definition);
            Assert.Empty(glossary.Diagnostics);
        }

        [Fact]
        public void A_list_numbered_another_way_inside_a_definition_stays_in_the_definition()
        {
            ParsedGlossary glossary = ParseLines(
                "名词解释",
                "1.三个提升：包括以下三项：",
                "（1）执行力提升年；",
                "（2）能力素质提升年。",
                "2.六零：零门槛。");

            Assert.Equal(2, glossary.Entries.Count);
            Assert.Equal("包括以下三项：\n（1）执行力提升年；\n（2）能力素质提升年。", glossary.Entries[0].Definition);
        }
    }
}
