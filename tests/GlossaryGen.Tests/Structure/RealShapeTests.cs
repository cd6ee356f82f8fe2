using System.Linq;
using GlossaryGen.Structure;
using Xunit;

namespace GlossaryGen.Tests.Structure
{
    /// <summary>
    /// Examples written for the tests in the shapes real reports print, where the count check used to warn falsely or
    /// Items used to hold sentence fragments (docs/count-check.md lists the shapes).
    /// </summary>
    public class RealShapeTests
    {
        [Theory]
        [InlineData("试点街道三优先", "对试点街道实行政策倾斜，优先审批办事，优先适用政策，优先投放资源。")]
        [InlineData("三镇一港化工区", "在甲镇、乙镇、丙镇、丁港建设化工品生产、储存、经营集中区。")]
        [InlineData("城市十乱", "乱搭乱建、乱摆乱卖、乱贴乱画、乱扔乱倒、乱停乱放。")]
        [InlineData("课后服务5+2模式", "指学校每周五天开展课后服务，每天不少于两小时。")]
        [InlineData("1+N体系", "“1”指一个综合平台，“N”指若干专项应用。")]
        [InlineData("六横六纵水网", "“六横”指六条东西向输水通道，包括甲渠、乙渠、丙渠、丁渠、戊渠、己渠6个工程；“六纵”指六条南北向输水通道，包括子渠、丑渠、寅渠、卯渠、辰渠、巳渠6个工程。")]
        [InlineData("1+5+N体系", "“1”即一个指挥中心；“5”即甲局、乙局、丙局、丁局、戊局5家单位；“N”即若干社区网格。")]
        [InlineData("五网合一", "将水、电、光、气网融入路网。")]
        [InlineData("五统一、一开放", "指统一规则制度、统一基础设施、统一执法尺度、统一监管执法、统一要素市场，持续扩大对外开放。")]
        [InlineData("六优先政策", "这是本市坚持教育优先的原则要求，即教育规划优先，教育投入优先，教育用地优先，教育人才优先，教师待遇优先，教育问题优先解决。")]
        [InlineData("三无小区", "无物业管理、无保洁人员、无收集设施的老旧小区、安置小区、企业小区。")]
        [InlineData("三馆合一", "对美术馆、非遗展示中心、文学馆实行同一选址、合并建设。")]
        [InlineData("五大行动", "旧城改造行动、小巷整治行动、街区创建行动、社区服务提升行动和平安社区创建行动。")]
        [InlineData("一奖两会", "城市创新奖、城市创新大会暨城市协会年会。")]
        [InlineData("办好两件大事的6部条例", "《甲条例》、《乙条例》、《丙条例》、《丁条例》、《戊条例》、《己条例》。")]
        [InlineData("新一轮双高计划", "以“办学能力高水平、产教融合高质量”为目标的高职学校建设计划。")]
        [InlineData("四川云教", "全省优质课堂直录播平台，覆盖各学段。")]
        [InlineData("一岗双责", "“一岗”，一个干部的职务所对应的岗位；“双责”，既要对业务工作负责，又要对廉政建设负责。")]
        public void Shapes_that_only_look_like_a_different_count_stay_silent(string term, string definition)
        {
            Assert.Null(EntryStructureAnalyzer.Analyze(term, definition).Mismatch);
        }

        [Theory]
        [InlineData("十大行动", "文明素质提升行动、市容美化行动、交通整治行动、城市亲和力强化行动、社区创建行动、志愿服务行动、诚信建设行动、效能优化行动、全民学习行动。", "10 items", "9 items")]
        [InlineData("五个统筹", "统筹城乡发展、统筹区域发展、统筹经济社会发展、统筹人与自然和谐发展。", "5 items", "4 items")]
        [InlineData("城市十乱", "乱搭乱建、乱摆乱卖、乱贴乱画、乱停乱放。", "10 items", "8 items")]
        [InlineData("四个与共", "荣辱与共、生死与共、命运与共。", "4 items", "3 items")]
        [InlineData("八县市", "甲阳市、乙江市、丙州市、丁庆市、戊堂县、己邑县、庚江县。", "8 items", "7 items")]
        public void A_plain_list_of_alike_items_that_lost_one_is_reported(string term, string definition, string announced, string found)
        {
            Assert.Equal(new CountMismatch(announced, found), EntryStructureAnalyzer.Analyze(term, definition).Mismatch);
        }

        [Fact]
        public void A_list_inside_a_sentence_gives_no_items()
        {
            EntryStructure structure = EntryStructureAnalyzer.Analyze("三镇一港化工区", "在甲镇、乙镇、丙镇、丁港建设化工品生产、储存、经营集中区。");

            Assert.Empty(structure.Items);
            Assert.Empty(structure.Groups);
        }

        [Fact]
        public void The_list_after_an_introducing_word_leaves_the_preamble_out()
        {
            EntryStructure structure = EntryStructureAnalyzer.Analyze(
                "六优先政策", "这是本市坚持教育优先的原则要求，即教育规划优先，教育投入优先，教育用地优先，教育人才优先，教师待遇优先，教育问题优先解决。");

            Assert.Equal(6, structure.Items.Count);
            Assert.Equal("教育规划优先", structure.Items[0]);
        }

        [Fact]
        public void A_word_that_holds_a_conjunction_is_not_split_to_reach_the_count()
        {
            EntryStructure structure = EntryStructureAnalyzer.Analyze(
                "六大行动", "文明素质提升行动、市容美化行动、城市亲和力强化行动、志愿服务行动、诚信建设行动。");

            Assert.Contains("城市亲和力强化行动", structure.Items);
            Assert.DoesNotContain("城市亲", structure.Items);
        }

        [Fact]
        public void Quoted_labels_opening_the_phrases_of_one_sentence_are_groups()
        {
            EntryStructure structure = EntryStructureAnalyzer.Analyze("1+N体系", "“1”指一个综合平台，“N”指若干专项应用。");

            Assert.Equal(new[] { "1", "N" }, structure.Groups.Select(group => group.Label));
            Assert.Equal(new[] { "一个综合平台", "若干专项应用" }, structure.Items);
        }

        [Fact]
        public void A_label_that_introduces_its_items_is_no_part_of_them()
        {
            EntryStructure structure = EntryStructureAnalyzer.Analyze(
                "三区三线", "三区即城镇空间、生态空间、农业空间，三线即开发边界、基本农田控制线、生态保护红线。");

            Assert.Equal(new[] { "城镇空间", "生态空间", "农业空间", "开发边界", "基本农田控制线", "生态保护红线" }, structure.Items);
        }

        [Fact]
        public void A_word_that_starts_with_zhi_is_no_introducer()
        {
            EntryStructure structure = EntryStructureAnalyzer.Analyze("五个一", "一个酒店、一套班子、一个方案、一套流程、一本指导手册。");

            Assert.Equal("一本指导手册", structure.Items[4]);
        }

        [Fact]
        public void A_slogan_of_one_pair_is_not_one_item()
        {
            Assert.Equal(new[] { "甲经济带", "乙海上丝路" }, EntryStructureAnalyzer.Analyze("一带一路", "甲经济带和乙海上丝路。").Items);
        }

        [Theory]
        [InlineData("四川云教")]
        [InlineData("办好两件大事的6部条例")]
        [InlineData("五大工程 大力实施五进")]
        [InlineData("新一轮双高计划")]
        public void Numbers_that_are_names_or_qualify_another_count_announce_nothing(string term)
        {
            Assert.Null(TermCountReader.Read(term));
        }

        [Theory]
        [InlineData("三个不一样", 3)]
        [InlineData("五统一、一开放", 6)]
        public void A_one_that_is_part_of_a_word_counts_nothing(string term, int total)
        {
            Assert.Equal(total, TermCountReader.Read(term)!.Total);
        }
    }
}
