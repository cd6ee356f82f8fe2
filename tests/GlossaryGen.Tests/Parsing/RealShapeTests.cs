using System.Linq;
using GlossaryGen.Diagnostics;
using GlossaryGen.Model;
using GlossaryGen.Parsing;
using Xunit;
using static GlossaryGen.Tests.Parsing.ParserTestSupport;

namespace GlossaryGen.Tests.Parsing
{
    /// <summary>
    /// One test per general rule the real reports needed (issue 9). The examples are written for the tests,
    /// shaped like the real cases the corpus tool showed; no report text is copied.
    /// </summary>
    public class RealShapeTests
    {
        private const string Body = "各位代表，我们要打好“发展六仗”，努力实现“六零”。";

        [Theory]
        [InlineData("〔1〕", "〔2〕")]
        [InlineData("﹝1﹞", "﹝2﹞")]
        [InlineData("一、", "二、")]
        [InlineData("（一）", "（二）")]
        [InlineData("[^1]: ", "[^2]: ")]
        [InlineData("①", "②")]
        [InlineData("⑴", "⑵")]
        public void Every_numbering_style_real_glossaries_use_opens_entries(string first, string second)
        {
            ParsedGlossary glossary = ParseLines(Body, "名词解释", first + "六零：负面清单之外市场准入“零门槛”。", second + "七办：一窗通办。");

            Assert.Equal(new[] { "六零", "七办" }, glossary.Entries.Select(e => e.Term));
            Assert.Equal(new int?[] { 1, 2 }, glossary.Entries.Select(e => e.Number));
            Assert.Empty(glossary.Diagnostics);
        }

        [Fact]
        public void Chinese_numbers_run_past_ten()
        {
            string[] lines = new[] { "名词解释" }
                .Concat(new[] { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二" }.Select((n, i) => n + "、术语" + (i + 1) + "：释义。"))
                .ToArray();

            ParsedGlossary glossary = ParseLines(lines);

            Assert.Equal(12, glossary.Entries.Count);
            Assert.Equal(12, glossary.Entries[11].Number);
            Assert.Empty(glossary.Diagnostics);
        }

        [Fact]
        public void A_line_holding_the_next_numbered_entry_after_a_sentence_end_is_split()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "1.六零：零门槛、零跑腿。2.七办：一窗通办。3.三稀：稀土、稀有金属。");

            Assert.Equal(new[] { "六零", "七办", "三稀" }, glossary.Entries.Select(e => e.Term));
            Assert.Equal("一窗通办。", glossary.Entries[1].Definition);
            Assert.Empty(glossary.Diagnostics);
            AssertRangeMatches("名词解释\n1.六零：零门槛、零跑腿。2.七办：一窗通办。3.三稀：稀土、稀有金属。", glossary.Entries[1].HeadingRange, "七办");
        }

        [Theory]
        [InlineData("名词解释：1.六零：零门槛。2.七办：一窗通办。")]
        [InlineData("【名词解释】1.六零：零门槛。2.七办：一窗通办。")]
        public void A_web_page_glossary_on_the_header_line_is_read(string line)
        {
            ParsedGlossary glossary = ParseLines(Body, line);

            Assert.Equal(new[] { "六零", "七办" }, glossary.Entries.Select(e => e.Term));
            Assert.Equal(2, glossary.SectionStartLine);
            Assert.Empty(glossary.Diagnostics);
        }

        [Theory]
        [InlineData("第 3 页 共 10 页")]
        [InlineData("共10页 第3页")]
        public void Page_numbers_with_the_page_count_are_not_text(string page)
        {
            ParsedGlossary glossary = ParseLines("名词解释", "1.六零：负面清单之外市场准入", page, "“零门槛”。", "2.七办：一窗通办。");

            Assert.Equal("负面清单之外市场准入“零门槛”。", glossary.Entries[0].Definition);
            Assert.Equal(new[] { DiagnosticIds.ConversionResidue }, Ids(glossary));
        }

        [Fact]
        public void The_next_part_of_a_budget_disclosure_ends_the_glossary()
        {
            ParsedGlossary glossary = ParseLines("第三部分 名词解释", "一、财政拨款收入：指从本级财政取得的拨款。", "第四部分 附件", "一、部门收支总表");

            Assert.Equal("指从本级财政取得的拨款。", Assert.Single(glossary.Entries).Definition);
            Assert.Equal(new[] { DiagnosticIds.AttachmentSkipped }, Ids(glossary));
        }

        [Fact]
        public void A_number_that_is_not_the_next_one_does_not_split_a_line()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "1.六零：投入资金。5.2亿元用于：道路。", "2.七办：一窗通办。");

            Assert.Equal(new[] { "六零", "七办" }, glossary.Entries.Select(e => e.Term));
            Assert.Equal("投入资金。5.2亿元用于：道路。", glossary.Entries[0].Definition);
        }

        [Fact]
        public void A_full_stop_after_a_short_numbered_heading_separates_it_and_is_reported_once()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "1.“两个精准”。对象精准、措施精准。", "2.“三清”。清垃圾、清杂物、清沟渠。", "3.“四好”。建好、管好、护好、运营好。");

            Assert.Equal(new[] { "两个精准", "三清", "四好" }, glossary.Entries.Select(e => e.Term));
            Assert.Equal("清垃圾、清杂物、清沟渠。", glossary.Entries[1].Definition);
            ParseDiagnostic guess = Assert.Single(glossary.Diagnostics);
            Assert.Equal(DiagnosticIds.HeadingGuessed, guess.Id);
            Assert.Equal("3", guess.Arguments[0]);
            Assert.Equal(1, guess.Range.StartLine);
        }

        [Fact]
        public void A_numbered_line_without_separator_is_split_before_the_word_that_opens_its_definition()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "1.紫线是指历史文化街区的保护范围界线。", "2.蓝线指城市水系保护的控制线。", "3.指标体系：一组指标。");

            Assert.Equal(new[] { "紫线", "蓝线", "指标体系" }, glossary.Entries.Select(e => e.Term));
            Assert.Equal("是指历史文化街区的保护范围界线。", glossary.Entries[0].Definition);
            Assert.Equal(new[] { DiagnosticIds.HeadingGuessed }, Ids(glossary));
        }

        [Fact]
        public void A_colon_after_a_heading_with_a_comma_ends_the_heading_not_a_quote_inside_it()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "1.建设两所“示范校”项目，推进三所学院建设：指职业教育的提升计划。");

            ParsedEntry entry = Assert.Single(glossary.Entries);
            Assert.Equal("建设两所“示范校”项目，推进三所学院建设", entry.Heading);
            Assert.Equal(new[] { DiagnosticIds.HeadingGuessed }, Ids(glossary));
        }

        [Fact]
        public void A_quoted_name_with_a_comma_before_the_colon_is_one_heading()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "1.“一核两翼，共建共享”：以党组织为核心的治理机制。");

            Assert.Equal("“一核两翼，共建共享”", Assert.Single(glossary.Entries).Heading);
            Assert.Empty(glossary.Diagnostics);
        }

        [Theory]
        [InlineData("七办 指审批服务“一窗通办”“一网通办”。", "七办")]
        [InlineData("“811”环保行动 浙江省开展的环境整治行动。", "“811”环保行动")]
        [InlineData("“三纵五横”“三纵”指三条快速路，“五横”指五条快速路。", "“三纵五横”")]
        public void A_space_or_a_definition_word_beats_a_run_of_quotations(string line, string heading)
        {
            ParsedGlossary glossary = ParseLines("名词解释", line);

            Assert.Equal(heading, Assert.Single(glossary.Entries).Heading);
        }

        [Theory]
        [InlineData("3.两不愁、三保障 指不愁吃、不愁穿。", "两不愁、三保障")]
        [InlineData("3.“上云、上平台”指企业应用云计算。", "“上云、上平台”")]
        [InlineData("3.“四好农村路”“建好、管好、护好”农村公路。", "“四好农村路”")]
        public void A_numbered_heading_may_join_names_with_an_enumeration_comma(string line, string heading)
        {
            ParsedGlossary glossary = ParseLines("名词解释", "1.六零：零门槛。", "2.七办：一窗通办。", line);

            Assert.Equal(heading, glossary.Entries[2].Heading);
            Assert.DoesNotContain(DiagnosticIds.UnrecognizedLine, Ids(glossary));
        }

        [Fact]
        public void An_unnumbered_heading_with_an_enumeration_comma_before_a_colon_is_its_own_entry()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "六零：零门槛。", "一个核心区、三大经济带：全市的发展布局。", "七办：一窗通办。");

            Assert.Equal(new[] { "六零", "一个核心区、三大经济带", "七办" }, glossary.Entries.Select(e => e.Term));
        }

        [Theory]
        [InlineData("1.三种模式（1）甲模式：即建设移交。（2）乙模式：即建设运营。", "三种模式")]
        [InlineData("1.一湖四片、一城四区 （1）一湖四片：以湖为中心。", "一湖四片、一城四区")]
        public void A_list_that_opens_inside_the_heading_belongs_to_the_definition(string line, string heading)
        {
            ParsedGlossary glossary = ParseLines("名词解释", line);

            ParsedEntry entry = Assert.Single(glossary.Entries);
            Assert.Equal(heading, entry.Heading);
            Assert.StartsWith("（1）", entry.Definition);
        }

        [Fact]
        public void A_space_between_chinese_words_ends_a_heading_before_a_colon_in_its_definition()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "城市大脑 指城市的数据中心。", "三方物流与四方物流 三方物流：由第三方提供的物流服务。");

            Assert.Equal(new[] { "城市大脑", "三方物流与四方物流" }, glossary.Entries.Select(e => e.Term));
        }

        [Fact]
        public void A_line_in_brackets_is_no_heading()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "城市大脑 指城市的数据中心。", "数字城管 指城市管理的信息化平台。", "（市政府办公厅 年鉴处）");

            Assert.Equal(new[] { "城市大脑", "数字城管" }, glossary.Entries.Select(e => e.Term));
        }

        [Fact]
        public void A_definition_that_announces_more_takes_the_next_line_whatever_it_looks_like()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "六大品牌：指", "“银政通”一体机、“一键装”报装服务等六个改革品牌。", "七办：一窗通办。");

            Assert.Equal(new[] { "六大品牌", "七办" }, glossary.Entries.Select(e => e.Term));
            Assert.Equal("指“银政通”一体机、“一键装”报装服务等六个改革品牌。", glossary.Entries[0].Definition);
        }

        [Fact]
        public void A_source_line_that_ends_the_file_is_a_footer()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "六零：零门槛。", "七办：一窗通办。", "来源：某市人民政府");

            Assert.Equal(new[] { "六零", "七办" }, glossary.Entries.Select(e => e.Term));
            Assert.Equal(new[] { DiagnosticIds.WebFooterSkipped }, Ids(glossary));
        }

        [Fact]
        public void Group_titles_are_not_entries_and_groups_may_restart_at_one()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "一、经济发展类", "1.六零：零门槛。", "2.七办：一窗通办。", "二、社会民生类", "1.三清：清垃圾。", "2.四好：建好、管好。");

            Assert.Equal(new[] { "六零", "七办", "三清", "四好" }, glossary.Entries.Select(e => e.Term));
            Assert.Equal(new[] { DiagnosticIds.GroupTitle, DiagnosticIds.GroupTitle }, Ids(glossary));
        }

        [Fact]
        public void The_short_tail_of_a_wrapped_definition_is_no_group_title()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "1.财政拨款：指本年度从本级财政部门取得的财政拨", "款收入", "2.事业收入：指事业单位取得的收入。");

            Assert.Equal("指本年度从本级财政部门取得的财政拨款收入", glossary.Entries[0].Definition);
            Assert.Empty(glossary.Diagnostics);
        }

        [Theory]
        [InlineData("2011年市政府十件实事")]
        [InlineData("附：")]
        [InlineData("附表")]
        public void A_following_section_ends_the_glossary_instead_of_joining_the_last_definition(string title)
        {
            ParsedGlossary glossary = ParseLines("名词解释", "六零：零门槛。", "", "七办：一窗通办。", "", title, "", "一、新建学校十所。", "", "二、新增公交线路五条。");

            Assert.Equal("一窗通办。", glossary.Entries[1].Definition);
            Assert.Contains(DiagnosticIds.AttachmentSkipped, Ids(glossary));
        }

        [Fact]
        public void Labelled_parts_under_a_term_line_belong_to_that_term()
        {
            ParsedGlossary glossary = ParseLines(
                "名词解释", "", "核心滨水区", "", "报告原文：高品位建设核心滨水区。", "", "解释：城市发祥地的滨水地区。", "", "数字城市", "", "报告原文：加快数字城市建设。", "", "解释：城市的信息化水平。");

            Assert.Equal(new[] { "核心滨水区", "数字城市" }, glossary.Entries.Select(e => e.Term));
            Assert.Equal("报告原文：高品位建设核心滨水区。\n解释：城市发祥地的滨水地区。", glossary.Entries[0].Definition);
            Assert.Empty(glossary.Diagnostics);
        }

        [Fact]
        public void Terms_and_definitions_on_alternating_lines_without_blank_lines_are_entries()
        {
            ParsedGlossary glossary = ParseLines(
                "2025年预算报告中有关名词的解释",
                "一般公共预算",
                "是对以税收为主体的财政收入，安排用于保障和改善民生的收支预算。",
                "政府性基金预算",
                "是对依照法律规定征收的基金专项用于特定公共事业发展的收支预算。",
                "转移支付",
                "是上级政府对下级政府的财政资金无偿拨付。");

            Assert.Equal(new[] { "一般公共预算", "政府性基金预算", "转移支付" }, glossary.Entries.Select(e => e.Term));
            Assert.Equal("是上级政府对下级政府的财政资金无偿拨付。", glossary.Entries[2].Definition);
            Assert.Empty(glossary.Diagnostics);
        }

        [Fact]
        public void Terms_on_their_own_lines_with_blank_lines_around_every_paragraph_are_entries()
        {
            ParsedGlossary glossary = ParseLines(
                "有关名词的解释", "", "一般公共预算", "", "是对以税收为主体的财政收入的收支预算。", "", "“三保”支出", "", "指保基本民生、保工资、保运转支出。");

            Assert.Equal(new[] { "一般公共预算", "三保支出" }, glossary.Entries.Select(e => e.Term));
            Assert.Equal("指保基本民生、保工资、保运转支出。", glossary.Entries[1].Definition);
            Assert.Empty(glossary.Diagnostics);
        }

        [Fact]
        public void The_wrapped_pieces_of_a_sentence_between_blank_lines_are_no_terms()
        {
            ParsedGlossary glossary = ParseLines(
                "名词解释", "投资新政：指五月出台的《某市人民政府关于强化投资松绑", "", "加快项目落地", "", "稳定经济增长的实施意见》，共三十条。", "", "七办：一窗通办。");

            Assert.Equal(new[] { "投资新政", "七办" }, glossary.Entries.Select(e => e.Term));
        }

        [Fact]
        public void A_wrapped_piece_after_a_blank_line_that_looks_like_a_quoted_term_continues_the_sentence()
        {
            ParsedGlossary glossary = ParseLines(
                "名词解释", "六零：负面清单之外市场准入“零门槛”，企业办事“零跑腿”，收费清单之外企业", "", "经营“零收费”为企服务“零距离”。", "", "七办：一窗通办。");

            Assert.Equal(new[] { "六零", "七办" }, glossary.Entries.Select(e => e.Term));
            Assert.EndsWith("企业经营“零收费”为企服务“零距离”。", glossary.Entries[0].Definition);
        }

        [Fact]
        public void A_numbered_list_after_a_news_paragraph_is_the_glossary_even_without_a_header()
        {
            ParsedGlossary glossary = ParseLines(
                "---",
                "source: https://example.org/news",
                "---",
                "本报讯 市长在人代会上作政府工作报告，报告提出了今年的目标任务。",
                "",
                "1.六零：负面清单之外市场准入“零门槛”。",
                "",
                "2.七办：一窗通办。",
                "",
                "3.三稀：稀土、稀有金属。");

            Assert.Equal(new[] { "六零", "七办", "三稀" }, glossary.Entries.Select(e => e.Term));
            Assert.Equal(5, glossary.SectionStartLine);
            ParseDiagnostic found = Assert.Single(glossary.Diagnostics);
            Assert.Equal(DiagnosticIds.GlossaryWithoutHeader, found.Id);
            Assert.Equal(new[] { "6", "3" }, found.Arguments.ToArray());
        }

        [Fact]
        public void Markdown_footnotes_that_define_terms_are_the_glossary_even_when_only_two()
        {
            ParsedGlossary glossary = ParseLines(
                "# 关于某市决算的报告",
                "",
                "新增债券额度[^1]全部用于项目，调入资金[^2]平衡预算。",
                "",
                "[^1]: 新增债券额度：指当年批准新增的地方政府债务额度。",
                "[^2]: 调入资金：指从其他预算调入的资金。");

            Assert.Equal(new[] { "新增债券额度", "调入资金" }, glossary.Entries.Select(e => e.Term));
            Assert.Equal(new[] { DiagnosticIds.GlossaryWithoutHeader }, Ids(glossary));
        }

        [Fact]
        public void Markdown_footnotes_that_are_notes_do_not_make_a_glossary()
        {
            ParsedGlossary glossary = ParseLines(
                "各位代表，全年增长百分之六[^1]，新增债券额度[^2]全部用于项目。",
                "",
                "[^1]: 增速按可比价格计算。",
                "[^2]: 新增债券额度：指当年批准新增的地方政府债务额度。");

            Assert.Equal(0, glossary.SectionStartLine);
            Assert.DoesNotContain(DiagnosticIds.GlossaryWithoutHeader, Ids(glossary));
        }

        [Fact]
        public void A_body_that_only_contains_a_numbered_list_somewhere_is_not_a_glossary()
        {
            ParsedGlossary glossary = ParseLines(
                "各位代表，过去一年我们做了这些工作。",
                "1.稳增长：全年增长百分之六。",
                "2.促改革：完成改革任务。",
                "3.惠民生：新增就业五万人。",
                "今年我们将继续努力，推进高质量发展，建设现代化城市。",
                "要坚持稳中求进的工作总基调，统筹发展和安全。",
                "要持续改善民生，办好民生实事，让人民群众更满意。",
                "要加强政府自身建设，提高行政效能，建设人民满意政府。",
                "要坚持依法行政，自觉接受人大监督和政协民主监督。",
                "各位代表，让我们团结奋斗，再创佳绩！");

            Assert.Equal(0, glossary.SectionStartLine);
            Assert.Empty(glossary.Entries);
            Assert.DoesNotContain(DiagnosticIds.GlossaryWithoutHeader, Ids(glossary));
        }

        [Theory]
        [InlineData("附件：2024年十件民生实事")]
        [InlineData("今年市政府将集中力量办好以下实事：")]
        public void A_list_the_body_introduces_at_the_end_of_a_report_is_not_a_glossary(string introduction)
        {
            ParsedGlossary glossary = ParseLines(
                "各位代表，让我们团结奋斗，再创佳绩！",
                introduction,
                "1.新建学校：新建中小学十所。",
                "2.公交线路：新增公交线路五条。",
                "3.养老服务：新增养老床位一千张。");

            Assert.DoesNotContain(DiagnosticIds.GlossaryWithoutHeader, Ids(glossary));
            Assert.NotEqual(2, glossary.SectionStartLine);
        }

        [Fact]
        public void Front_matter_of_a_file_of_entries_is_not_read_as_entries()
        {
            ParsedGlossary glossary = ParseLines("---", "source: https://example.org/a", "title: 名词", "---", "六零：零门槛。", "七办：一窗通办。");

            Assert.Equal(new[] { "六零", "七办" }, glossary.Entries.Select(e => e.Term));
            Assert.Empty(glossary.Diagnostics);
        }

        [Fact]
        public void Html_comments_in_the_section_are_residue_not_entries()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "<!-- 来源：某某网 -->", "六零：零门槛。", "<!--", "注释：某页面", "-->", "七办：一窗通办。");

            Assert.Equal(new[] { "六零", "七办" }, glossary.Entries.Select(e => e.Term));
            Assert.Equal("一窗通办。", glossary.Entries[1].Definition);
            Assert.All(glossary.Diagnostics, d => Assert.Equal(DiagnosticIds.ConversionResidue, d.Id));
        }

        [Fact]
        public void A_definition_far_longer_than_its_neighbours_is_reported()
        {
            ParsedGlossary glossary = ParseLines(
                "名词解释", "六零：零门槛。", "七办：一窗通办。", "三清：清垃圾。", "四好：" + string.Concat(Enumerable.Repeat("建好管好护好运营好农村公路，", 50)));

            ParseDiagnostic diagnostic = Assert.Single(glossary.Diagnostics);
            Assert.Equal(DiagnosticIds.DefinitionTooLong, diagnostic.Id);
            Assert.Equal("四好", diagnostic.Arguments[0]);
        }

        [Fact]
        public void A_definition_far_longer_than_real_ones_is_reported()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "六零：" + string.Concat(Enumerable.Repeat("负面清单之外市场准入零门槛，", 120)));

            ParseDiagnostic diagnostic = Assert.Single(glossary.Diagnostics);
            Assert.Equal(DiagnosticIds.DefinitionTooLong, diagnostic.Id);
            Assert.Equal("六零", diagnostic.Arguments[0]);
        }

        [Fact]
        public void A_department_budget_disclosure_with_chinese_numbers_page_numbers_and_wrapped_lines_reads_as_entries()
        {
            ParsedGlossary glossary = ParseLines(
                "第二部分 部门预算表",
                "（表略）",
                "第三部分 名词解释",
                "一、财政拨款收入：指本年度从本级财政部门取得的财政拨",
                "款，包括一般公共预算财政拨款和政府性基金预算财政拨款。",
                "- 12 -",
                "二、事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。",
                "三、“三公”经费：指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。");

            Assert.Equal(new[] { "财政拨款收入", "事业收入", "三公经费" }, glossary.Entries.Select(e => e.Term));
            Assert.Equal("指本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款和政府性基金预算财政拨款。", glossary.Entries[0].Definition);
            Assert.All(glossary.Diagnostics, d => Assert.Equal(DiagnosticIds.ConversionResidue, d.Id));
        }

        [Fact]
        public void A_running_header_a_pdf_repeats_on_every_page_is_not_text()
        {
            ParsedGlossary glossary = ParseLines(
                "2023年度某某局部门决算",
                "第一部分 部门概况",
                "2023年度某某局部门决算",
                "第三部分 名词解释",
                "一、财政拨款收入：指从本级财政部门取得的",
                "2023年度某某局部门决算",
                "财政拨款。",
                "二、事业收入：指事业单位取得的收入。");

            Assert.Equal("指从本级财政部门取得的财政拨款。", glossary.Entries[0].Definition);
            Assert.Equal(new[] { DiagnosticIds.ConversionResidue }, Ids(glossary));
        }

        [Fact]
        public void The_report_title_repeated_once_inside_the_glossary_is_a_running_header()
        {
            ParsedGlossary glossary = ParseLines(
                "关于某县2024年预算执行情况的报告",
                "全县收入平稳增长。",
                "名词解释",
                "1.税收返还：指按照分税制财政体制规定，上级政府将一部分税收收入返还给下级政府的资",
                "关于某县2024年预算执行情况的报告",
                "金。",
                "2.调入资金：指从其他预算调入的资金。");

            Assert.Equal("指按照分税制财政体制规定，上级政府将一部分税收收入返还给下级政府的资金。", glossary.Entries[0].Definition);
            Assert.Equal(new[] { DiagnosticIds.ConversionResidue }, Ids(glossary));
        }

        [Fact]
        public void Statistics_bulletin_notes_read_as_entries()
        {
            ParsedGlossary glossary = ParseLines(
                "全年全市地区生产总值比上年增长百分之五[1]。",
                "注释：",
                "[1]地区生产总值：指本市所有常住单位在一定时期内生产活动的最终成果。",
                "[2]城镇调查失业率：指城镇调查失业人数占城镇调查从业人数与失业人数之和的比重。");

            Assert.Equal(new[] { "地区生产总值", "城镇调查失业率" }, glossary.Entries.Select(e => e.Term));
        }

        [Fact]
        public void Bulletin_notes_without_a_term_are_notes_not_warnings()
        {
            ParsedGlossary glossary = ParseLines(
                "注释：",
                "[1]本公报中数据均为初步统计数，部分数据因四舍五入存在总计与分项合计不等的情况。",
                "[2]城镇调查失业率：指通过劳动力调查取得的城镇失业人口占城镇劳动力的比例。");

            Assert.Equal("城镇调查失业率", Assert.Single(glossary.Entries).Term);
            Assert.Equal(new[] { DiagnosticIds.NoteWithoutTerm }, Ids(glossary));
        }

        [Fact]
        public void Lines_after_a_note_without_a_term_continue_the_note()
        {
            // A note's second paragraph, or the report's closing words after a glossary that ends with a note, is no
            // line that failed to be an entry: it gets no GG0101, as a line after a definition continues the definition.
            ParsedGlossary glossary = ParseLines(
                "名词解释和说明",
                "［1］两个确保：确保经济持续健康发展，确保各项政策全面落实。",
                "［2］本报告所列统计数据为预计数，尚待法定程序正式确认。",
                "其中部分数据为快报数。",
                "各位代表！奋斗创造历史，实干成就未来！");

            Assert.Equal("两个确保", Assert.Single(glossary.Entries).Term);
            Assert.Equal(new[] { DiagnosticIds.NoteWithoutTerm }, Ids(glossary));
        }

        [Fact]
        public void An_entry_after_a_note_is_still_an_entry()
        {
            ParsedGlossary glossary = ParseLines(
                "名词解释",
                "［1］本报告所列统计数据为预计数。",
                "［2］两个确保：确保经济持续健康发展，确保各项政策全面落实。");

            Assert.Equal("两个确保", Assert.Single(glossary.Entries).Term);
        }

        [Fact]
        public void A_bare_note_heading_that_ends_a_bulletin_with_term_definitions_is_the_glossary()
        {
            ParsedGlossary glossary = ParseLines(
                "2024年某县国民经济和社会发展统计公报",
                "全年地区生产总值88.6亿元，规模以上服务业营业收入增长6.0%。",
                "注：",
                "1.本公报中部分数据为初步统计数。",
                "2.规模以上服务业：指年营业收入2000万元及以上的服务业法人单位。",
                "3.居民人均可支配收入：指居民可用于最终消费支出和储蓄的总和。");

            Assert.Equal(new[] { "规模以上服务业", "居民人均可支配收入" }, glossary.Entries.Select(e => e.Term));
            Assert.Equal(new[] { DiagnosticIds.NoteWithoutTerm }, Ids(glossary));
        }

        [Fact]
        public void Notes_under_a_table_in_the_body_are_no_glossary()
        {
            ParsedGlossary glossary = ParseLines(
                "名词解释",
                "1.六零：零门槛、零跑腿。",
                "2.七办：一窗通办。",
                "附表 主要指标",
                "注：",
                "1.本表数据为初步统计数。",
                "2.增速：按可比价格计算。");

            Assert.Equal(new[] { "六零", "七办" }, glossary.Entries.Select(e => e.Term));
        }

        [Fact]
        public void A_bare_note_heading_followed_by_more_body_is_no_header()
        {
            ParsedGlossary glossary = ParseLines(
                "全年地区生产总值增长6%。",
                "注：",
                "1.增速：按可比价格计算。",
                "一年来，我们坚持稳中求进工作总基调，经济运行总体平稳。",
                "今年的主要预期目标是：地区生产总值增长6%左右。",
                "我们将重点做好以下工作。",
                "一是扩大有效需求。");

            Assert.Empty(glossary.Entries);
        }

        [Fact]
        public void A_long_unquoted_sentence_before_a_full_stop_is_no_heading()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "1.这是一个很长的说明句子而不是术语。后面还有很多的说明文字。", "2.七办：一窗通办。");

            Assert.Equal("七办", Assert.Single(glossary.Entries).Term);
            Assert.Equal(new[] { DiagnosticIds.UnrecognizedLine }, Ids(glossary));
        }

        [Theory]
        [InlineData("“三保”支出", "“三保”支出")]
        [InlineData("“三公”经费", "“三公”经费")]
        public void A_quoted_term_alone_on_its_line_keeps_its_tail(string line, string heading)
        {
            ParsedGlossary glossary = ParseLines("有关名词的解释", "一般公共预算", "是对以税收为主体的财政收入的收支预算。", line, "指保基本民生、保工资、保运转支出。");

            Assert.Equal(heading, glossary.Entries[1].Heading);
            Assert.Equal("指保基本民生、保工资、保运转支出。", glossary.Entries[1].Definition);
        }

        [Fact]
        public void A_markdown_table_with_term_and_definition_columns_is_read_row_by_row()
        {
            ParsedGlossary glossary = ParseLines(
                "## 三、名词解释",
                "",
                "| 序号 | 名词 | 解释 |",
                "| --- | :--- | --- |",
                "| 1 | 财政拨款收入 | 指区财政当年拨付的资金。 |",
                "| 2 | “三公”经费 | 指因公出国（境）费、公务用车购置及运行费和公务接待费。 |",
                "",
                "## 四、其他重要事项的情况说明",
                "",
                "无。");

            Assert.Equal(new[] { "财政拨款收入", "“三公”经费" }, glossary.Entries.Select(e => e.Heading));
            Assert.Equal("指区财政当年拨付的资金。", glossary.Entries[0].Definition);
            Assert.Equal(5, glossary.Entries[0].Line);
            Assert.Equal(new[] { "GG0111" }, Ids(glossary));
        }

        [Fact]
        public void A_table_with_tab_separated_cells_is_read_the_same_way()
        {
            ParsedGlossary glossary = ParseLines(
                "三、名词解释",
                "序号\t名词\t解释",
                "1\t财政拨款收入\t指县财政当年拨付的资金。",
                "2\t项目支出\t指为完成特定工作任务发生的支出。");

            Assert.Equal(new[] { "财政拨款收入", "项目支出" }, glossary.Entries.Select(e => e.Heading));
            Assert.Equal("指为完成特定工作任务发生的支出。", glossary.Entries[1].Definition);
            Assert.Empty(glossary.Diagnostics);
        }

        [Fact]
        public void A_tab_after_a_term_is_still_a_separator_outside_a_table()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "六零\t指零门槛、零跑腿。", "七办\t指一窗通办。");

            Assert.Equal(new[] { "六零", "七办" }, glossary.Entries.Select(e => e.Heading));
        }

        [Fact]
        public void A_table_after_the_entries_is_still_an_attachment()
        {
            ParsedGlossary glossary = ParseLines(
                "名词解释",
                "1.六零：零门槛。",
                "| 名词 | 解释 |",
                "| --- | --- |",
                "| 七办 | 一窗通办。 |");

            ParsedEntry entry = Assert.Single(glossary.Entries);
            Assert.Equal("六零", entry.Term);
            Assert.Equal(new[] { "GG0111" }, Ids(glossary));
        }
    }
}
