using System.Linq;
using GlossaryGen.Model;
using Xunit;
using static GlossaryGen.Tests.Parsing.ParserTestSupport;

namespace GlossaryGen.Tests.Parsing
{
    public class SectionHeaderTests
    {
        private const string Body = "我们要打好“发展六仗”，努力实现“六零”。";

        [Theory]
        [InlineData("名词解释")]
        [InlineData("名 词 解 释")]
        [InlineData("名词解释：")]
        [InlineData("名词注解")]
        [InlineData("注释")]
        [InlineData("《政府工作报告》名词解释")]
        [InlineData("2024年预算报告中有关名词的解释")]
        [InlineData("**名词解释**")]
        [InlineData("名詞解釋")]
        [InlineData("註釋")]
        [InlineData("　　名词解释　")]
        [InlineData("附件2 名词解释")]
        [InlineData("## 名词解释")]
        [InlineData("名词解释和说明")]
        [InlineData("附件名词解释和说明")]
        [InlineData("《政府工作报告》学习辅导：名词解读")]
        [InlineData("主要名词术语")]
        [InlineData("**名词解释和说明：**")]
        [InlineData("附：名词解释")]
        [InlineData("附件二：名词解释")]
        [InlineData("附录一：《政府工作报告》名词解释")]
        [InlineData("【名词解释】")]
        [InlineData("[政府工作报告名词解释]")]
        [InlineData("名词解释>>>")]
        [InlineData("附：名词解释（以在报告中出现的先后排序）")]
        [InlineData("- 资料：《政府工作报告》名词解释（按报告中出现顺序排列）")]
        [InlineData("<!-- 名词解释 -->")]
        [InlineData("第三部分:专业名词解释")]
        [InlineData("第三部分 名词解释")]
        [InlineData("2025年预算报告中有关名词的解释")]
        [InlineData("名 詞 解 釋")]
        [InlineData("政府工作报告专业术语名词解释")]
        public void Header_opens_the_section_and_body_before_it_is_not_read(string header)
        {
            ParsedGlossary glossary = ParseLines(Body, "", header, "六零：负面清单之外市场准入“零门槛”。", "七办：一窗通办。");

            Assert.Equal(3, glossary.SectionStartLine);
            Assert.Equal(new[] { "六零", "七办" }, glossary.Entries.Select(e => e.Term));
            Assert.Empty(glossary.Diagnostics);
        }

        [Fact]
        public void Attachment_label_on_the_line_before_the_header_stays_in_the_body()
        {
            ParsedGlossary glossary = ParseLines(Body, "附件2", "名词解释", "1.六零：负面清单之外市场准入“零门槛”。");

            Assert.Equal(3, glossary.SectionStartLine);
            Assert.Equal("六零", Assert.Single(glossary.Entries).Term);
            Assert.Empty(glossary.Diagnostics);
        }

        [Fact]
        public void Without_a_header_the_whole_file_is_entries()
        {
            ParsedGlossary glossary = ParseLines("六零：负面清单之外市场准入“零门槛”。", "七办：一窗通办。");

            Assert.Equal(0, glossary.SectionStartLine);
            Assert.Equal(new[] { "六零", "七办" }, glossary.Entries.Select(e => e.Term));
            Assert.Equal(1, glossary.Entries[0].Line);
            Assert.Empty(glossary.Diagnostics);
        }

        [Fact]
        public void The_last_header_wins_so_a_table_of_contents_does_not_open_the_section()
        {
            ParsedGlossary glossary = ParseLines("目录", "名词解释", "", "正文第一段，说明了很多事情。", "名词解释", "六零：负面清单之外市场准入“零门槛”。");

            Assert.Equal(5, glossary.SectionStartLine);
            Assert.Equal("六零", Assert.Single(glossary.Entries).Term);
        }

        [Theory]
        [InlineData("名词解释的工作很重要，我们要做好。")]
        [InlineData("1.名词解释")]
        [InlineData("他认为这段注释：不对")]
        [InlineData("- 2024政府工作报告名词解释.docx")]
        [InlineData("我们在这份很长的报告里面附上了许多内容：名词解释")]
        public void Prose_that_mentions_the_words_is_not_a_header(string line)
        {
            ParsedGlossary glossary = ParseLines(line, "六零：负面清单之外市场准入“零门槛”。");

            Assert.Equal(0, glossary.SectionStartLine);
        }

        [Fact]
        public void A_report_without_a_glossary_read_as_one_yields_no_invented_entries()
        {
            ParsedGlossary glossary = Parse(ReadReport("chenzhou-2024.txt"), "chenzhou-2024.txt");

            Assert.Empty(glossary.Entries);
            ParseDiagnostic diagnostic = Assert.Single(glossary.Diagnostics);
            Assert.Equal("GG0003", diagnostic.Id);
            Assert.Contains("prose", diagnostic.Arguments[1]);
        }
    }
}
