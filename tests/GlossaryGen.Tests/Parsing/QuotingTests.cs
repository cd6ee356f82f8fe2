using System.Linq;
using GlossaryGen.Model;
using Xunit;
using static GlossaryGen.Tests.Parsing.ParserTestSupport;

namespace GlossaryGen.Tests.Parsing
{
    public class QuotingTests
    {
        [Theory]
        [InlineData("“六零”", "六零", new[] { "六零" })]
        [InlineData("工业“一主一特”", "工业一主一特", new[] { "一主一特" })]
        [InlineData("“五好”园区", "五好园区", new[] { "五好" })]
        [InlineData("香零山路（一期）", "香零山路（一期）", new string[0])]
        [InlineData("\"六零\"", "六零", new[] { "六零" })]
        [InlineData("「六零」", "六零", new[] { "六零" })]
        [InlineData("『六零』", "六零", new[] { "六零" })]
        [InlineData("“‘三网’融合”", "三网融合", new[] { "三网融合" })]
        [InlineData("“三减少”“三加强”", "三减少三加强", new[] { "三减少", "三加强" })]
        [InlineData("省“4×4”现代化产业体系", "省4×4现代化产业体系", new[] { "4×4" })]
        [InlineData("《东江湖宣言》", "《东江湖宣言》", new string[0])]
        public void Heading_term_and_cores(string heading, string term, string[] cores)
        {
            ParsedGlossary glossary = ParseLines("名词解释", "1." + heading + "：释义在此。");

            ParsedEntry entry = Assert.Single(glossary.Entries);
            Assert.Equal(heading, entry.Heading);
            Assert.Equal(term, entry.Term);
            Assert.Equal(cores, entry.Cores.ToArray());
            Assert.Equal("释义在此。", entry.Definition);
        }

        [Fact]
        public void Html_entities_are_decoded_and_the_range_still_points_at_the_source()
        {
            string text = "名词解释\n[1]&ldquo;六零&rdquo;：负面清单之外&ldquo;零门槛&rdquo;&amp;零跑腿。";
            ParsedGlossary glossary = Parse(text);

            ParsedEntry entry = Assert.Single(glossary.Entries);
            Assert.Equal("“六零”", entry.Heading);
            Assert.Equal("六零", entry.Term);
            Assert.Equal("负面清单之外“零门槛”&零跑腿。", entry.Definition);
            AssertRangeMatches(text, entry.HeadingRange, "&ldquo;六零&rdquo;");
        }

        [Fact]
        public void A_colon_inside_quotes_is_not_the_separator()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "1.“两不愁：三保障”：义务教育、基本医疗、住房安全有保障。");

            ParsedEntry entry = Assert.Single(glossary.Entries);
            Assert.Equal("“两不愁：三保障”", entry.Heading);
            Assert.Equal("义务教育、基本医疗、住房安全有保障。", entry.Definition);
        }

        [Fact]
        public void Quoted_sub_terms_in_a_definition_stay_in_the_definition()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "15.“2614”工作法：“两覆盖”：隐患排查整治全覆盖；“一网”：应急指挥网。");

            ParsedEntry entry = Assert.Single(glossary.Entries);
            Assert.Equal("“2614”工作法", entry.Heading);
            Assert.Equal("“两覆盖”：隐患排查整治全覆盖；“一网”：应急指挥网。", entry.Definition);
        }
    }
}
