using GlossaryGen.Abbreviations;
using Xunit;

namespace GlossaryGen.Tests.Abbreviations
{
    public class QuotedAbbreviationRuleTests
    {
        [Theory]
        [InlineData("三高四新")]
        [InlineData("四好农村路")]
        [InlineData("三送三解三优")]
        [InlineData("137")]
        [InlineData("3+1")]
        [InlineData("4×4")]
        [InlineData("三类500强")]
        [InlineData("六大战略支点")]
        [InlineData("千百十")]
        [InlineData("双减")]
        [InlineData("社会救助五个一批")]
        [InlineData("民营经济31条")]
        [InlineData("一带一路")]
        public void Numbers_that_count_the_parts_of_short_quoted_text_make_an_abbreviation(string inner)
        {
            Assert.True(QuotedAbbreviationRule.IsNumericAbbreviation(inner));
        }

        [Theory]
        [InlineData("保交楼")]                 // no number
        [InlineData("湘易办")]
        [InlineData("身在郴州、办事无忧")]      // a slogan of clauses
        [InlineData("民之所忧，我必念之")]      // a quotation
        [InlineData("千年鸟道")]               // a number with a unit: 千年
        [InlineData("最多跑一次")]
        [InlineData("15分钟")]
        [InlineData("百万级")]
        [InlineData("第三极")]                 // an ordinal
        [InlineData("2023")]                   // a year
        [InlineData("50%")]                    // a percentage
        [InlineData("《三国演义》")]           // a book title
        [InlineData("永警利剑·永安2023")]
        [InlineData("一刀切")]                 // an ordinary word
        [InlineData("百姓解忧站")]
        [InlineData("一棵棵企业之树")]         // a reduplicated measure word
        [InlineData("欸乃一声山水绿")]         // a poem line
        [InlineData("守护好一江碧水")]
        [InlineData("纪念王船山诞辰 400 周年")]
        [InlineData("干")]                     // too short
        [InlineData("旅游重点项目建设三大行动计划")] // too long
        public void Ordinary_quoted_phrases_quotations_dates_and_titles_are_not_abbreviations(string inner)
        {
            Assert.False(QuotedAbbreviationRule.IsNumericAbbreviation(inner));
        }

        [Fact]
        public void Quoted_stretches_are_read_in_order_on_one_line()
        {
            const string text = "落实“137”工作要求，「两站一场」和“跨\n行”“四好农村路”";
            int position = 0;
            var found = new System.Collections.Generic.List<string>();
            while (QuotedAbbreviationRule.TryReadQuoted(text, ref position, text.Length, out int start, out int length))
            {
                found.Add(text.Substring(start, length));
            }

            Assert.Equal(new[] { "137", "两站一场", "四好农村路" }, found);
        }
    }
}
