using System.Collections.Generic;
using System.Linq;
using GlossaryGen.Structure;
using Xunit;

namespace GlossaryGen.Tests.Structure
{
    /// <summary>The two seed glossaries: no count warning, and every countable term yields what it announces.</summary>
    public class SeedGlossaryStructureTests
    {
        // Seed terms whose numbers are not counts (magnitudes, a phase) or that have no numbers.
        private static readonly HashSet<string> NotCounts = new HashSet<string>
        {
            "产业发展千百十工程", "都谷极", "无证明城市", "新质生产力", "点亮银城·光耀万家计划", "RCEP", "保交楼", "香零山路（一期）",
        };

        [Fact]
        public void The_seed_glossaries_hold_45_entries()
        {
            Assert.Equal(23, SeedGlossary.Yiyang().Count);
            Assert.Equal(22, SeedGlossary.Lingling().Count);
        }

        [Fact]
        public void The_seed_glossaries_raise_no_count_warning()
        {
            var warned = SeedGlossary.All()
                .Where(entry => EntryStructureAnalyzer.Analyze(entry.Term, entry.Definition).Mismatch != null)
                .Select(entry => entry.Term)
                .ToList();

            Assert.Empty(warned);
        }

        [Fact]
        public void Every_countable_seed_term_yields_the_items_it_announces()
        {
            var wrong = new List<string>();
            foreach (var (term, definition) in SeedGlossary.All())
            {
                AnnouncedCount? announced = TermCountReader.Read(term);
                Assert.Equal(NotCounts.Contains(term), announced == null);
                if (announced == null || announced.IsOpenEnded)
                {
                    continue;
                }

                EntryStructure structure = EntryStructureAnalyzer.Analyze(term, definition);
                int found = structure.Items.Count;
                if (found != announced.Total && LabelWeightedCount(structure) != announced.Total && !IsPaired(found, announced))
                {
                    wrong.Add($"{term}: {found} of {announced.Total}");
                }
            }

            Assert.Empty(wrong);
        }

        [Fact]
        public void 六零_lists_its_six_quoted_phrases()
        {
            EntryStructure structure = Analyze("六零");

            Assert.Equal(new[] { "零门槛", "零跑腿", "零收费", "零距离", "零干扰", "零容忍" }, structure.Items);
            Assert.Empty(structure.Groups);
        }

        [Fact]
        public void 十代_lists_ten_items()
        {
            Assert.Equal(
                new[] { "代育秧", "代翻耕", "代机插", "代管理", "代防治", "代收割", "代烘干", "代存储", "代加工", "代销售" },
                Analyze("十代").Items);
        }

        [Theory]
        [InlineData("三送三解三优")]
        [InlineData("三送三解三优行动")]
        public void 三送三解三优_has_three_groups_of_three_labelled_by_what_they_do(string term)
        {
            EntryStructure structure = Analyze(term);

            Assert.Equal(new[] { "送", "解", "优" }, structure.Groups.Select(group => group.Label));
            Assert.Equal(new[] { "送政策", "送温暖", "送信心" }, structure.Groups[0].Items);
            Assert.Equal(new[] { "解基层之难", "解企业之难", "解群众之难" }, structure.Groups[1].Items);
            Assert.Equal(new[] { "优作风", "优服务", "优环境" }, structure.Groups[2].Items);
            Assert.Equal(9, structure.Items.Count);
        }

        [Fact]
        public void 工作法2614_has_its_four_labelled_groups()
        {
            EntryStructure structure = Analyze("2614工作法");

            Assert.Equal(new[] { "两覆盖", "六到位", "一网", "四图" }, structure.Groups.Select(group => group.Label));
            Assert.Equal(new[] { 2, 6, 1, 4 }, structure.Groups.Select(group => group.Items.Count));
            Assert.Equal(new[] { "隐患排查整治全覆盖", "执法能力建设全覆盖" }, structure.Groups[0].Items);
            Assert.Equal(new[] { "应急指挥网" }, structure.Groups[2].Items);
            Assert.Equal(new[] { "风险隐患图", "物资保障图", "防控力量分布图", "指挥调度体系图" }, structure.Groups[3].Items);
        }

        [Fact]
        public void 两图五库_has_two_maps_and_five_libraries()
        {
            EntryStructure structure = Analyze("两图五库");

            Assert.Equal(new[] { "图", "库" }, structure.Groups.Select(group => group.Label));
            Assert.Equal(new[] { "产业链招商路线图", "招商引资全景地图" }, structure.Groups[0].Items);
            Assert.Equal(new[] { "客商库", "乡贤库", "人才库", "项目库", "政策库" }, structure.Groups[1].Items);
        }

        [Fact]
        public void The_4x4_system_has_four_named_groups_of_four()
        {
            EntryStructure structure = Analyze("省4×4现代化产业体系");

            Assert.Equal(new[] { "传统产业", "优势产业", "新兴产业", "未来产业" }, structure.Groups.Select(group => group.Label));
            Assert.All(structure.Groups, group => Assert.Equal(4, group.Items.Count));
            Assert.Equal(new[] { "现代石化", "绿色矿业", "食品加工", "轻工纺织" }, structure.Groups[0].Items);
            Assert.Equal(new[] { "人工智能", "生命工程", "量子科技", "前沿材料" }, structure.Groups[3].Items);
        }

        [Fact]
        public void The_4_plus_N_layout_has_four_leading_and_N_special_industries()
        {
            EntryStructure structure = Analyze("4+N产业发展布局");

            Assert.Equal(new[] { "主导产业", "特色产业" }, structure.Groups.Select(group => group.Label));
            Assert.Equal(new[] { "粮食", "茶叶", "水产", "笋竹" }, structure.Groups[0].Items);
            Assert.Equal(new[] { "畜禽", "蔬菜", "芦笋芦菇", "中药材", "水草", "木槿", "艾草", "休闲食品" }, structure.Groups[1].Items);
        }

        [Fact]
        public void Paired_clauses_are_the_items()
        {
            EntryStructure structure = Analyze("十查十做");

            Assert.Equal(10, structure.Items.Count);
            Assert.Equal("查道路净不净、做好道路保洁工作", structure.Items[0]);
            Assert.Equal(new[] { "坚持文化“塑魂”，培树文旅融合新标杆", "坚持产业“塑根”，培育乡村发展新引擎", "坚持治理“塑形”，培植和美乡村新形象" }, Analyze("三塑三培").Items);
            Assert.Equal(new[] { "管业务必须管安全", "管行业必须管安全", "管生产经营必须管安全" }, Analyze("三管三必须").Items);
        }

        [Fact]
        public void Conjunctions_split_items_only_when_the_count_asks_for_it()
        {
            Assert.Equal(new[] { "生态保护红线", "环境质量底线", "资源利用上线", "生态环境准入清单" }, Analyze("三线一单").Items);
            Assert.Equal(new[] { "绿色食品", "有机农产品", "农产品地理标志" }, Analyze("两品一标").Items);
            Assert.Contains("餐饮油烟和渣土污染治理及垃圾禁烧", Analyze("六大领域专项整治").Items);
        }

        [Fact]
        public void A_list_after_an_introducing_colon_keeps_its_shared_tail_as_printed()
        {
            Assert.Equal(new[] { "义务教育有保障", "基本医疗有保障", "住房安全有保障", "有安全饮水" }, Analyze("脱贫群众3+1").Items);
        }

        [Fact]
        public void Quoted_and_titled_lists_are_read_inside_their_marks()
        {
            Assert.Equal(new[] { "建好", "管好", "护好", "运营好" }, Analyze("四好农村路").Items);
            Assert.Equal(new[] { "执行力提升年", "能力素质提升年", "营商环境提升年" }, Analyze("三个提升专项行动").Items);
            Assert.Equal("《始得西山宴游记》", Analyze("永州八记").Items[0]);
            Assert.Equal(8, Analyze("永州八记").Items.Count);
        }

        [Fact]
        public void A_preamble_before_the_first_item_is_not_part_of_it()
        {
            Assert.Equal("打好经济增长主动仗", Analyze("打好发展六仗").Items[0]);
        }

        [Fact]
        public void 五好两宜_counts_宜居宜业_as_both_宜_and_keeps_it_as_printed()
        {
            EntryStructure structure = Analyze("五好两宜");

            Assert.Equal(new[] { "好", "宜" }, structure.Groups.Select(group => group.Label));
            Assert.Equal(new[] { "宜居宜业" }, structure.Groups[1].Items);
            Assert.Null(structure.Mismatch);
        }

        [Theory]
        [InlineData("新质生产力")]
        [InlineData("无证明城市")]
        [InlineData("RCEP")]
        [InlineData("点亮银城·光耀万家计划")]
        [InlineData("保交楼")]
        public void Prose_definitions_have_no_items(string term)
        {
            EntryStructure structure = Analyze(term);

            Assert.Empty(structure.Items);
            Assert.Empty(structure.Groups);
        }

        [Fact]
        public void An_uncounted_plain_list_still_has_items()
        {
            Assert.Equal(new[] { "世界电容器之都", "区域性先进碳基复合材料“碳谷”", "中国印制电路板（PCB）“第三极”" }, Analyze("都谷极").Items);
        }

        // 十查十做 announces ten pairs and lists ten clauses.
        private static bool IsPaired(int found, AnnouncedCount announced)
            => CountedReadings.IsPairedShape(announced) && found == announced.Parts[0].Count;

        // 五好两宜 prints 宜居宜业 once and counts it as two 宜.
        private static int LabelWeightedCount(EntryStructure structure)
            => structure.Groups.Sum(group => group.Items.Sum(item => System.Math.Max(1, item.Count(c => c == group.Label[0]))));

        private static EntryStructure Analyze(string term)
        {
            var (_, definition) = SeedGlossary.All().First(entry => entry.Term == term);
            return EntryStructureAnalyzer.Analyze(term, definition);
        }
    }
}
