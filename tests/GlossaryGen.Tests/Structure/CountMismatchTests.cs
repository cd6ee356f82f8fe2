using System.Linq;
using GlossaryGen.Structure;
using Xunit;

namespace GlossaryGen.Tests.Structure
{
    /// <summary>Seed entries with an item removed or added are reported, in words the GG0401 message uses.</summary>
    public class CountMismatchTests
    {
        [Theory]
        [InlineData("六零", "，企业正常经营“零干扰”", "", "6 items", "5 items")]
        [InlineData("六零", "，损企行为“零容忍”", "，损企行为“零容忍”，项目审批“零延误”", "6 items", "7 items")]
        [InlineData("十代", "代烘干、", "", "10 items", "9 items")]
        [InlineData("2614工作法", "、防控力量分布图", "", "2 + 6 + 1 + 4 items", "2 + 6 + 1 + 3 items")]
        [InlineData("三送三解三优", "、送信心", "", "3 + 3 + 3 items", "2 + 3 + 3 items")]
        [InlineData("两图五库", "人才库、", "", "2 + 5 items", "2 + 4 items")]
        [InlineData("省4×4现代化产业体系", "数字、", "", "4 + 4 + 4 + 4 items", "4 + 4 + 3 + 4 items")]
        [InlineData("十查十做", "查工地乱不乱、做好工地扬尘防控；", "", "10 pairs", "9 pairs")]
        [InlineData("三线一单", "环境质量底线、", "", "4 items", "3 items")]
        [InlineData("五好两宜", "环境好、", "", "7 items", "6 items")]
        [InlineData("四好农村路", "、护好", "", "4 items", "3 items")]
        [InlineData("永州八记", "《石渠记》", "", "8 items", "7 items")]
        [InlineData("三坚决两确保两争先", "坚决遏制较大事故，", "", "3 + 2 + 2 items", "2 + 2 + 2 items")]
        public void A_seed_entry_with_an_item_removed_or_added_is_reported(string term, string remove, string insert, string announced, string found)
        {
            var (_, definition) = SeedGlossary.All().First(entry => entry.Term == term);
            Assert.Contains(remove, definition);

            CountMismatch? mismatch = EntryStructureAnalyzer.Analyze(term, definition.Replace(remove, insert)).Mismatch;

            Assert.Equal(new CountMismatch(announced, found), mismatch);
        }

        /// <summary>
        /// Seed copies with an item removed that stay silent because something else in the text could explain the
        /// difference: 等 before a count leaves the list open; the numbers before an introducing colon (三保障, 两不愁)
        /// are counts of their own.
        /// </summary>
        [Theory]
        [InlineData("4+N产业发展布局", "、水产")]
        [InlineData("脱贫群众3+1", "、基本医疗有保障")]
        public void A_seed_entry_whose_text_could_explain_the_difference_stays_silent(string term, string remove)
        {
            var (_, definition) = SeedGlossary.All().First(entry => entry.Term == term);
            Assert.Contains(remove, definition);

            Assert.Null(EntryStructureAnalyzer.Analyze(term, definition.Replace(remove, string.Empty)).Mismatch);
        }

        [Fact]
        public void The_reported_entry_still_lists_what_it_has()
        {
            EntryStructure structure = EntryStructureAnalyzer.Analyze("六零", "负面清单之外市场准入“零门槛”，企业办事“零跑腿”，为企服务“零距离”，企业正常经营“零干扰”，损企行为“零容忍”。");

            Assert.NotNull(structure.Mismatch);
            Assert.Equal(5, structure.Items.Count);
        }

        [Theory]
        [InlineData("营商环境3.0版", "在1.0版、2.0版基础上，推出优化营商环境的第三批改革举措")]
        [InlineData("5080", "到2025年，全市50%以上的行政村、80%以上的社区建成达标服务站点")]
        [InlineData("八五普法", "第八个五年法治宣传教育规划")]
        [InlineData("15分钟生活圈", "居民步行15分钟范围内，配置教育、医疗、养老、商业、文体等基本公共服务设施")]
        [InlineData("百千工程", "培育百家领军企业、千家成长型企业")]
        [InlineData("110指挥中心", "公安机关接处警、指挥调度、应急处置的综合指挥平台")]
        [InlineData("快反135", "1分钟响应、3分钟到达、5分钟处置的快速反应机制")]
        [InlineData("工业一主一特", "新材料")]
        [InlineData("一带一路", "丝绸之路经济带和21世纪海上丝绸之路的简称，是我国扩大对外开放的重大举措")]
        [InlineData("十大工程", "综合交通基础设施建设的十项重点工程，包括高速公路、铁路、机场、航道等")]
        [InlineData("三江一岸", "湘江及其两岸")]
        [InlineData("两山", "绿水青山就是金山银山")]
        public void Numbers_that_are_not_counts_and_unclear_evidence_stay_silent(string term, string definition)
        {
            Assert.Null(EntryStructureAnalyzer.Analyze(term, definition).Mismatch);
        }

        [Fact]
        public void Labelled_groups_named_by_their_counts_are_checked_per_group()
        {
            const string definition = "“1”即1个综合指挥平台；“5”即应急、公安、城管、交通、卫健5个部门；“X”即若干乡镇、村组力量";

            EntryStructure structure = EntryStructureAnalyzer.Analyze("1+5+X工作体系", definition);

            Assert.Null(structure.Mismatch);
            Assert.Equal(new[] { "1", "5", "X" }, structure.Groups.Select(group => group.Label));
            Assert.Equal(new[] { "应急", "公安", "城管", "交通", "卫健" }, structure.Groups[1].Items);

            CountMismatch? broken = EntryStructureAnalyzer.Analyze("1+5+X工作体系", definition.Replace("城管、", string.Empty)).Mismatch;
            Assert.Equal(new CountMismatch("1 + 5 + X items", "1 + 4 + 2 items"), broken);
        }

        [Fact]
        public void A_zero_in_a_digit_string_counts_a_group_of_ten()
        {
            const string definition = "“一中心”：综合服务中心；“三平台”：政务、商务、物流平台；“两机制”：考核机制、督办机制；"
                + "“十行动”：稳链、补链、强链、延链、招商、育企、引才、融资、用地、护航行动";

            EntryStructure structure = EntryStructureAnalyzer.Analyze("13210工作机制", definition);

            Assert.Null(structure.Mismatch);
            Assert.Equal(new[] { 1, 3, 2, 10 }, structure.Groups.Select(group => group.Items.Count));
        }
    }
}
