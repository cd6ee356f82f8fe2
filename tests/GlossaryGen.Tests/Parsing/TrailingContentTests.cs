using System.Linq;
using GlossaryGen.Model;
using Xunit;
using static GlossaryGen.Tests.Parsing.ParserTestSupport;

namespace GlossaryGen.Tests.Parsing
{
    public class TrailingContentTests
    {
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
