using System.Linq;
using GlossaryGen.Structure;
using Xunit;

namespace GlossaryGen.Tests.Structure
{
    /// <summary>The count in the term decides whether a conjunction or a comma separates items.</summary>
    public class CountAsEvidenceTests
    {
        [Theory]
        [InlineData("两大任务", "招商引资和产业发展|项目建设")]
        [InlineData("三大任务", "招商引资|产业发展|项目建设")]
        public void A_conjunction_separates_items_only_when_the_count_needs_it(string term, string expected)
        {
            EntryStructure structure = EntryStructureAnalyzer.Analyze(term, "招商引资和产业发展、项目建设");

            Assert.Equal(expected, string.Join("|", structure.Items));
            Assert.Null(structure.Mismatch);
        }

        [Theory]
        [InlineData("两个维护", "坚决维护习近平总书记党中央的核心、全党的核心地位|坚决维护党中央权威和集中统一领导")]
        [InlineData("三个务必", "务必不忘初心、牢记使命|务必谦虚谨慎、艰苦奋斗|务必敢于斗争、善于斗争")]
        public void Commas_can_be_the_item_level_when_the_count_says_so(string term, string expected)
        {
            string definition = term == "两个维护"
                ? "坚决维护习近平总书记党中央的核心、全党的核心地位，坚决维护党中央权威和集中统一领导"
                : "务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必敢于斗争、善于斗争";

            Assert.Equal(expected, string.Join("|", EntryStructureAnalyzer.Analyze(term, definition).Items));
        }

        [Theory]
        [InlineData("三旧改造", "旧住宅区、旧厂区、城中村改造", "旧住宅区|旧厂区|城中村改造")]
        [InlineData("三保障", "义务教育、基本医疗、住房安全有保障", "义务教育|基本医疗|住房安全有保障")]
        public void Items_sharing_a_written_once_head_or_tail_stay_as_printed(string term, string definition, string expected)
        {
            EntryStructure structure = EntryStructureAnalyzer.Analyze(term, definition);

            Assert.Equal(expected, string.Join("|", structure.Items));
            Assert.Null(structure.Mismatch);
        }

        [Fact]
        public void A_shared_tail_confirms_a_clause_group_that_lost_an_item()
        {
            EntryStructure structure = EntryStructureAnalyzer.Analyze("两不愁三保障", "不愁吃、不愁穿，义务教育、住房安全有保障");

            Assert.Equal(new CountMismatch("2 + 3 items", "2 + 2 items"), structure.Mismatch);
            Assert.Equal(new[] { "不愁", "保障" }, structure.Groups.Select(group => group.Label));
        }

        [Fact]
        public void A_conjunction_inside_an_item_does_not_make_up_for_a_missing_one()
        {
            const string definition = "坚决杜绝重特大事故，坚决防范自然灾害导致人员伤亡事故发生；确保全市生产安全事故起数和死亡人数持续下降，"
                + "确保全市防灾减灾救灾形势持续稳定向好；争当全省先进，争拿省政府真抓实干激励奖项。";

            CountMismatch? mismatch = EntryStructureAnalyzer.Analyze("三坚决两确保两争先", definition).Mismatch;

            Assert.Equal(new CountMismatch("3 + 2 + 2 items", "2 + 2 + 2 items"), mismatch);
        }

        [Fact]
        public void Numbers_before_an_introducing_colon_keep_the_check_silent()
        {
            const string definition = "“两不愁、三保障”中的三保障和两不愁中的有安全饮水的简称，即：义务教育有保障、住房安全有保障以及有安全饮水。";

            EntryStructure structure = EntryStructureAnalyzer.Analyze("脱贫群众3+1", definition);

            // The numbers before the colon (三保障, 两不愁) could explain a difference: the check stays silent, and a list
            // that agrees with no reading of the term is not given as items (empty rather than wrong).
            Assert.Null(structure.Mismatch);
            Assert.Empty(structure.Items);
        }

        [Fact]
        public void A_list_after_an_introducing_colon_is_checked_when_nothing_before_it_counts()
        {
            const string definition = "脱贫群众稳定脱贫的标准，即：义务教育有保障、住房安全有保障以及有安全饮水。";

            EntryStructure structure = EntryStructureAnalyzer.Analyze("脱贫群众3+1", definition);

            Assert.Equal(new CountMismatch("4 items", "3 items"), structure.Mismatch);
        }

        [Fact]
        public void An_open_list_ending_in_etc_is_never_reported()
        {
            Assert.Null(EntryStructureAnalyzer.Analyze("六稳", "稳就业、稳金融、稳外贸等").Mismatch);
        }
    }
}
