using System.Linq;
using GlossaryGen.Structure;
using Xunit;

namespace GlossaryGen.Tests.Structure
{
    public class TermCountReaderTests
    {
        [Theory]
        [InlineData("六零", "6:零")]
        [InlineData("十代", "10:代")]
        [InlineData("三送三解三优", "3:送 3:解 3:优")]
        [InlineData("三送三解三优行动", "3:送 3:解 3:优")]
        [InlineData("四张清单", "4:清单")]
        [InlineData("六大领域专项整治", "6:领域专项整治")]
        [InlineData("三个提升专项行动", "3:提升专项行动")]
        [InlineData("三坚决两确保两争先", "3:坚决 2:确保 2:争先")]
        [InlineData("两图五库", "2:图 5:库")]
        [InlineData("双招双引", "2:招 2:引")]
        [InlineData("十二大行动", "12:行动")]
        [InlineData("二十条措施", "20:措施")]
        [InlineData("10大工程", "10:工程")]
        public void Chinese_numerals_announce_labelled_parts_that_add_up(string term, string expected)
        {
            AnnouncedCount? count = TermCountReader.Read(term);

            Assert.NotNull(count);
            Assert.Equal(CountShape.Sum, count!.Shape);
            Assert.Equal(expected, Describe(count));
        }

        [Theory]
        [InlineData("五位一体", "5:位")]
        [InlineData("三证合一", "3:证合")]
        [InlineData("五个一批", "5:批")]
        public void Idioms_that_join_parts_into_one_do_not_add_a_part(string term, string expected)
        {
            Assert.Equal(expected, Describe(TermCountReader.Read(term)!));
        }

        [Fact]
        public void A_digit_string_is_read_one_count_per_group()
        {
            AnnouncedCount count = TermCountReader.Read("2614工作法")!;

            Assert.Equal(CountShape.DigitGroups, count.Shape);
            Assert.Equal("2 6 1 4", string.Join(" ", count.Parts.Select(part => part.Count)));
        }

        [Fact]
        public void A_zero_in_a_digit_string_belongs_to_ten()
        {
            Assert.Equal("1 3 2 10", string.Join(" ", TermCountReader.Read("13210工作机制")!.Parts.Select(part => part.Count)));
        }

        [Fact]
        public void A_product_announces_equal_groups()
        {
            AnnouncedCount count = TermCountReader.Read("省4×4现代化产业体系")!;

            Assert.Equal(CountShape.Product, count.Shape);
            Assert.Equal("4 4 4 4", string.Join(" ", count.Parts.Select(part => part.Count)));
            Assert.Equal(16, count.Total);
        }

        [Theory]
        [InlineData("4+N产业发展布局", "4 + N items", true)]
        [InlineData("脱贫群众3+1", "3 + 1 items", false)]
        [InlineData("1+5+X工作体系", "1 + 5 + X items", true)]
        [InlineData("脱贫群众３＋１", "3 + 1 items", false)]
        public void Sums_with_plus_signs_may_be_open_ended(string term, string perGroup, bool open)
        {
            AnnouncedCount count = TermCountReader.Read(term)!;

            Assert.Equal(perGroup, count.DescribePerGroup());
            Assert.Equal(open, count.IsOpenEnded);
        }

        [Theory]
        [InlineData("工业一主一特")]
        [InlineData("一带一路")]
        [InlineData("一村一品")]
        public void Terms_of_only_one_are_weak(string term)
        {
            Assert.True(TermCountReader.Read(term)!.IsWeak);
        }

        [Theory]
        [InlineData("营商环境3.0版")]
        [InlineData("数字政府2.0")]
        [InlineData("5080")]
        [InlineData("15分钟生活圈")]
        [InlineData("八五普法")]
        [InlineData("十四五规划")]
        [InlineData("二十大")]
        [InlineData("十九届五中全会")]
        [InlineData("百千工程")]
        [InlineData("产业发展千百十工程")]
        [InlineData("点亮银城·光耀万家计划")]
        [InlineData("香零山路（一期）")]
        [InlineData("第一书记")]
        [InlineData("一号工程")]
        [InlineData("三年行动计划")]
        [InlineData("最多跑一次")]
        [InlineData("一网通办")]
        [InlineData("5G基站")]
        [InlineData("三类500强")]
        [InlineData("39条")]
        [InlineData("新质生产力")]
        [InlineData("RCEP")]
        [InlineData("")]
        public void Numbers_that_are_not_counts_announce_nothing(string term)
        {
            Assert.Null(TermCountReader.Read(term));
        }

        private static string Describe(AnnouncedCount count)
            => string.Join(" ", count.Parts.Select(part => part.Describe() + ":" + part.Label));
    }
}
