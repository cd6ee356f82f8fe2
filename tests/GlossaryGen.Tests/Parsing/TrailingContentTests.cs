using System.Linq;
using GlossaryGen.Model;
using Xunit;
using static GlossaryGen.Tests.Parsing.ParserTestSupport;

namespace GlossaryGen.Tests.Parsing
{
    public class TrailingContentTests
    {
        [Theory]
        [InlineData("二〇二四年十二月")]
        [InlineData("2024年12月30日")]
        public void A_date_alone_after_a_finished_definition_ends_the_glossary(string date)
        {
            ParsedGlossary glossary = ParseLines("名词解释", "（一）‘两区’：指示范区和先行区。", "", date);

            ParsedEntry entry = Assert.Single(glossary.Entries);
            Assert.Equal("指示范区和先行区。", entry.Definition);
            Assert.Equal(new[] { "GG0110" }, Ids(glossary));
        }

        [Fact]
        public void A_date_line_inside_an_unfinished_sentence_stays_in_the_definition()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "1.两区：指示范区和先行区，两区规划经市政府批准的时间为", "2024年12月", "起实施。");

            ParsedEntry entry = Assert.Single(glossary.Entries);
            Assert.EndsWith("2024年12月起实施。", entry.Definition);
        }

        [Fact]
        public void A_source_line_at_the_end_of_the_file_is_the_page_footer()
        {
            ParsedGlossary glossary = ParseLines("注释：", "[1]规上服务业：指年营业收入1000万元及以上的服务业法人单位。", "", "资料来源：本公报数据均为初步统计数。");

            ParsedEntry entry = Assert.Single(glossary.Entries);
            Assert.Equal("指年营业收入1000万元及以上的服务业法人单位。", entry.Definition);
            Assert.Equal(new[] { "GG0110" }, Ids(glossary));
        }

        [Fact]
        public void A_markdown_rule_and_an_italic_source_line_are_not_text_of_the_last_entry()
        {
            ParsedGlossary glossary = ParseLines(
                "### 名词解释", "", "**两区**：指示范区和先行区。", "", "---", "", "*本文来源：某县人民政府网*");

            ParsedEntry entry = Assert.Single(glossary.Entries);
            Assert.Equal("指示范区和先行区。", entry.Definition);
            Assert.Contains("GG0110", Ids(glossary));
            Assert.DoesNotContain("GG0101", Ids(glossary));
        }

        [Fact]
        public void A_projects_attachment_after_the_glossary_is_not_entries()
        {
            ParsedGlossary glossary = ParseLines(
                "名词解释",
                "1.六零：零门槛。",
                "2.七办：一窗通办。",
                "",
                "附件3",
                "2024年十件民生实事",
                "1.城镇新增就业：5万人以上。",
                "牵头单位：市人社局",
                "2.老旧小区改造：100个。",
                "牵头单位：市住建局");

            Assert.Equal(new[] { "六零", "七办" }, glossary.Entries.Select(e => e.Term));
            ParseDiagnostic diagnostic = Assert.Single(glossary.Diagnostics);
            Assert.Equal("GG0111", diagnostic.Id);
            Assert.Equal((4, 9), (diagnostic.Range.StartLine, diagnostic.Range.EndLine));
            Assert.Equal(new[] { "5", "10", "附件3" }, diagnostic.Arguments.ToArray());
        }

        [Fact]
        public void A_projects_list_without_a_title_is_recognized_by_its_unit_lines()
        {
            ParsedGlossary glossary = ParseLines(
                "名词解释",
                "[1]六零：零门槛。",
                "[2]七办：一窗通办。",
                "1.城镇新增就业：5万人以上。",
                "牵头单位：市人社局",
                "2.老旧小区改造：100个。",
                "责任单位：市住建局");

            Assert.Equal(new[] { "六零", "七办" }, glossary.Entries.Select(e => e.Term));
            Assert.Contains(glossary.Diagnostics, d => d.Id == "GG0111" && d.Range.StartLine == 3 && d.Range.EndLine == 6);
        }

        [Fact]
        public void A_table_after_the_glossary_is_not_entries()
        {
            ParsedGlossary glossary = ParseLines(
                "名词解释",
                "1.六零：零门槛。",
                "| 项目 | 目标 |",
                "|---|---|",
                "| 就业 | 5万人 |");

            Assert.Equal("六零", Assert.Single(glossary.Entries).Term);
            ParseDiagnostic diagnostic = Assert.Single(glossary.Diagnostics);
            Assert.Equal(("GG0111", 2, 4), (diagnostic.Id, diagnostic.Range.StartLine, diagnostic.Range.EndLine));
        }

        [Fact]
        public void A_tab_separated_table_is_not_entries()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "1.六零：零门槛。", "项目\t目标\t单位", "就业\t5\t万人");

            Assert.Single(glossary.Entries);
            Assert.Equal(new[] { "GG0111" }, Ids(glossary));
        }

        [Fact]
        public void A_web_page_footer_is_not_entries()
        {
            ParsedGlossary glossary = ParseLines(
                "名词解释",
                "[1]六零：零门槛。",
                "",
                "扫一扫在手机打开当前页",
                "信息来源：市政府研究室",
                "责任编辑：张三",
                "网站地图 | 联系我们",
                "备案号：湘ICP备05002141号");

            Assert.Equal("六零", Assert.Single(glossary.Entries).Term);
            ParseDiagnostic diagnostic = Assert.Single(glossary.Diagnostics);
            Assert.Equal(("GG0110", 3, 7), (diagnostic.Id, diagnostic.Range.StartLine, diagnostic.Range.EndLine));
        }

        [Theory]
        [InlineData("信息来源：市政府研究室")]
        [InlineData("责任编辑：李媛媛")]
        [InlineData("网站地图 | 页面纠错 | 版权声明")]
        [InlineData("备案号：湘ICP备05002141号（备案管理系统）")]
        [InlineData("湘公网安备：43090302000044号")]
        public void Any_footer_line_opens_the_footer(string footerLine)
        {
            ParsedGlossary glossary = ParseLines("名词解释", "[1]六零：零门槛。", footerLine, "作者：");

            Assert.Single(glossary.Entries);
            Assert.Equal(new[] { "GG0110" }, Ids(glossary));
        }

        [Fact]
        public void An_entry_after_the_footer_is_reported_not_swallowed()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "[1]六零：零门槛。", "扫一扫在手机打开当前页", "[2]七办：一窗通办。");

            Assert.Single(glossary.Entries);
            Assert.Equal(new[] { "GG0110", "GG0101" }, Ids(glossary));
            Assert.Equal(3, glossary.Diagnostics[1].Range.StartLine);
        }

        [Fact]
        public void A_source_line_inside_a_definition_is_not_a_footer()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "[1]六零：零门槛。", "来源：国家统计局。", "[2]七办：一窗通办。");

            Assert.Equal(new[] { "零门槛。\n来源：国家统计局。", "一窗通办。" }, glossary.Entries.Select(e => e.Definition));
            Assert.Empty(glossary.Diagnostics);
        }

        [Fact]
        public void A_weak_footer_line_followed_by_footer_lines_opens_the_footer()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "[1]六零：零门槛。", "来源：市政府研究室", "作者：", "打印本页");

            Assert.Equal("零门槛。", Assert.Single(glossary.Entries).Definition);
            ParseDiagnostic diagnostic = Assert.Single(glossary.Diagnostics);
            Assert.Equal(("GG0110", 2, 4), (diagnostic.Id, diagnostic.Range.StartLine, diagnostic.Range.EndLine));
        }
    }
}
