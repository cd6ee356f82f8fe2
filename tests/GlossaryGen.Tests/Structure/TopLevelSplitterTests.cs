using System.Collections.Generic;
using GlossaryGen.Structure;
using Xunit;

namespace GlossaryGen.Tests.Structure
{
    public class TopLevelSplitterTests
    {
        [Theory]
        [InlineData("甲、乙、丙", "甲|乙|丙")]
        [InlineData("甲，乙；丙。丁", "甲|乙|丙|丁")]
        [InlineData("甲,乙;丙", "甲|乙|丙")]
        [InlineData("甲、、乙、 ", "甲|乙")]
        [InlineData("", "")]
        public void Splits_at_every_list_separator_and_drops_empty_pieces(string text, string expected)
        {
            Assert.Equal(expected, Join(TopLevelSplitter.Split(text, TopLevelSplitter.AllSeparators)));
        }

        [Theory]
        [InlineData("把农村公路“建好、管好”、护好", "把农村公路“建好、管好”|护好")]
        [InlineData("‘甲、乙’、丙", "‘甲、乙’|丙")]
        [InlineData("\"甲、乙\"、丙", "\"甲、乙\"|丙")]
        [InlineData("中欧班列（长沙、株洲）、怀化东盟货运", "中欧班列（长沙、株洲）|怀化东盟货运")]
        [InlineData("甲(乙,丙)、丁", "甲(乙,丙)|丁")]
        [InlineData("【甲、乙】、丙", "【甲、乙】|丙")]
        [InlineData("《甲、乙》、丙", "《甲、乙》|丙")]
        [InlineData("“甲（乙、丙）”、丁", "“甲（乙、丙）”|丁")]
        public void Never_splits_inside_quotes_or_brackets(string text, string expected)
        {
            Assert.Equal(expected, Join(TopLevelSplitter.Split(text, TopLevelSplitter.AllSeparators)));
        }

        [Fact]
        public void A_stray_closing_mark_does_not_hide_the_rest()
        {
            Assert.Equal("甲”|乙|丙", Join(TopLevelSplitter.Split("甲”、乙、丙", TopLevelSplitter.AllSeparators)));
        }

        [Fact]
        public void Splits_only_at_the_separators_it_is_given()
        {
            Assert.Equal("送政策、送温暖|解基层之难", Join(TopLevelSplitter.Split("送政策、送温暖，解基层之难", TopLevelSplitter.PhraseSeparators)));
        }

        [Theory]
        [InlineData("资源利用上线和生态环境准入清单", "资源利用上线|生态环境准入清单")]
        [InlineData("住房安全有保障以及有安全饮水", "住房安全有保障|有安全饮水")]
        [InlineData("餐饮油烟和渣土污染治理及垃圾禁烧", "餐饮油烟和渣土污染治理|垃圾禁烧")]
        [InlineData("国内与国际市场", "国内|国际市场")]
        public void The_last_conjunction_may_join_the_last_two_items(string item, string expected)
        {
            Assert.Equal(expected, string.Join("|", ConjunctionSplitter.SplitLast(item)!));
        }

        [Theory]
        [InlineData("培植和美乡村新形象")]
        [InlineData("碳中和")]
        [InlineData("及时处置")]
        [InlineData("参与治理")]
        [InlineData("“甲和乙”")]
        [InlineData("和乙")]
        public void Words_that_merely_contain_a_conjunction_are_not_split(string item)
        {
            Assert.Null(ConjunctionSplitter.SplitLast(item));
        }

        [Fact]
        public void Every_conjunction_can_be_split_when_the_count_asks_for_it()
        {
            Assert.Equal("长江|洞庭湖|湘江", string.Join("|", ConjunctionSplitter.SplitAll("长江和洞庭湖及湘江")));
        }

        [Fact]
        public void Quoted_phrases_written_back_to_back_are_separate_items()
        {
            Assert.Equal(
                "执行力提升年|能力素质提升年|营商环境提升年",
                Join(ItemText.ExpandAdjacentQuotes("“执行力提升年”“能力素质提升年”“营商环境提升年”专项行动")!));
            Assert.Equal("《小石潭记》|《石渠记》", Join(ItemText.ExpandAdjacentQuotes("《小石潭记》《石渠记》")!));
            Assert.Null(ItemText.ExpandAdjacentQuotes("查企业“散乱污”、做好“散乱污”专项整治"));
        }

        [Fact]
        public void The_first_item_starts_at_the_head_the_other_items_share()
        {
            var items = new List<string> { "根据省打好“发展六仗”部署实施打好经济增长主动仗", "打好科技创新攻坚仗", "打好重点民生保障仗" };

            ItemText.TrimPreambleBySharedHead(items);

            Assert.Equal("打好经济增长主动仗", items[0]);
        }

        [Theory]
        [InlineData("指的是绿色食品", "绿色食品")]
        [InlineData("包括存量投资清单", "存量投资清单")]
        [InlineData("指挥调度体系图", "指挥调度体系图")]
        public void A_word_that_introduces_the_list_is_not_part_of_its_first_item(string first, string expected)
        {
            Assert.Equal(expected, ItemText.StripLeadIn(first));
        }

        [Theory]
        [InlineData("轻工纺织4大传统产业", "轻工纺织", "传统产业", 4)]
        [InlineData("笋竹等4大主导产业", "笋竹", "主导产业", 4)]
        [InlineData("分配三项制度改革", "分配", "制度改革", 3)]
        [InlineData("艾草和休闲食品等N个特色产业", "艾草和休闲食品", "特色产业", null)]
        public void A_count_written_after_a_list_names_it(string piece, string item, string label, int? count)
        {
            ListTail tail = ListTail.Find(piece)!.Value;

            Assert.Equal(item, tail.Item);
            Assert.Equal(label, tail.Label);
            Assert.Equal(count, tail.Count);
        }

        [Theory]
        [InlineData("打造一批千亿级产业")]
        [InlineData("中国印制电路板（PCB）“第三极”")]
        [InlineData("旅游路")]
        public void Ordinary_items_have_no_tail(string piece)
        {
            Assert.Null(ListTail.Find(piece));
        }

        private static string Join(IEnumerable<string> pieces) => string.Join("|", pieces);
    }
}
