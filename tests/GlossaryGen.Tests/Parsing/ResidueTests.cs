using System.Linq;
using GlossaryGen.Model;
using Xunit;
using static GlossaryGen.Tests.Parsing.ParserTestSupport;

namespace GlossaryGen.Tests.Parsing
{
    public class ResidueTests
    {
        [Fact]
        public void Bookmark_is_removed_and_reported_at_its_place()
        {
            string text = "名词解释\n1.六零：零门槛。\n[bookmark: _GoBack]2.七办：一窗[bookmark: x1]通办。";
            ParsedGlossary glossary = Parse(text);

            Assert.Equal(new[] { "六零", "七办" }, glossary.Entries.Select(e => e.Term));
            Assert.Equal("一窗通办。", glossary.Entries[1].Definition);
            Assert.Equal(new[] { "GG0108", "GG0108" }, Ids(glossary));
            AssertRangeMatches(text, glossary.Diagnostics[0].Range, "[bookmark: _GoBack]");
            AssertRangeMatches(text, glossary.Diagnostics[1].Range, "[bookmark: x1]");
        }

        [Fact]
        public void Html_text_tags_left_by_a_copied_page_are_removed()
        {
            string text = "<p>各位代表：</p>\n<p><strong>名词解释</strong></p>\n<p>1.&ldquo;六零&rdquo;：零门槛。<br/></p>\n<p><span style=\"font-size:16px\">2.七办：一窗通办。</span></p>";
            ParsedGlossary glossary = Parse(text);

            Assert.Equal(new[] { "“六零”", "七办" }, glossary.Entries.Select(e => e.Heading));
            Assert.Equal("零门槛。", glossary.Entries[0].Definition);
            Assert.Equal("一窗通办。", glossary.Entries[1].Definition);
            Assert.All(glossary.Diagnostics, d => Assert.Equal("GG0108", d.Id));
        }

        [Fact]
        public void Markdown_bullets_and_quotation_marks_at_the_start_of_a_line_are_removed()
        {
            ParsedGlossary glossary = ParseLines(
                "## 名词解释", "", "- **山海协同**：指山区与沿海协同发展。", "* 品质城区：指高品质城市。", "+ 海上风电：指海上风能发电。", "", "> 来源：某市发布");

            Assert.Equal(new[] { "山海协同", "品质城区", "海上风电" }, glossary.Entries.Select(e => e.Heading));
            Assert.Equal("指海上风能发电。", glossary.Entries[2].Definition);
            Assert.Contains("GG0110", Ids(glossary));
        }

        [Fact]
        public void A_page_number_between_dashes_is_not_a_bullet()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "1.六零：负面清单之外市场准入零门槛，企业办事零跑腿，收费清单之外企业", "- 12 -", "经营零收费。");

            ParsedEntry entry = Assert.Single(glossary.Entries);
            Assert.Equal("负面清单之外市场准入零门槛，企业办事零跑腿，收费清单之外企业经营零收费。", entry.Definition);
        }

        [Fact]
        public void A_less_than_sign_in_a_definition_is_text()
        {
            ParsedEntry entry = Assert.Single(ParseLines("名词解释", "1.小微企业：指营业收入<1000万元或从业人员<p人的企业。").Entries);

            Assert.Equal("指营业收入<1000万元或从业人员<p人的企业。", entry.Definition);
        }

        [Fact]
        public void Bold_markers_are_removed_and_reported_once_per_line()
        {
            ParsedGlossary glossary = ParseLines("**名词解释**", "**1.六零**：零门槛。", "**2.七办**：一窗通办。");

            Assert.Equal(new[] { "六零", "七办" }, glossary.Entries.Select(e => e.Heading));
            Assert.Equal(new[] { "GG0108", "GG0108" }, Ids(glossary));
            Assert.Equal("**", glossary.Diagnostics[0].Arguments[0]);
            Assert.Equal(1, glossary.Diagnostics[0].Range.StartLine);
        }

        [Fact]
        public void Leading_full_width_spaces_are_trimmed_and_columns_still_point_at_the_heading()
        {
            string text = "名词解释\n　　1.六零：零门槛。";
            ParsedEntry entry = Assert.Single(Parse(text).Entries);

            Assert.Equal("六零", entry.Heading);
            AssertRangeMatches(text, entry.HeadingRange, "六零");
            Assert.Equal(4, entry.HeadingRange.StartColumn);
        }

        [Theory]
        [InlineData("12")]
        [InlineData("- 12 -")]
        [InlineData("— 3 —")]
        [InlineData("·7·")]
        [InlineData("第12页")]
        [InlineData("3/12")]
        public void A_stray_page_number_is_removed_and_reported(string pageNumber)
        {
            ParsedGlossary glossary = ParseLines("名词解释", "1.六零：负面清单之外市场准入“零门槛”，企业办事", pageNumber, "“零跑腿”。", "2.七办：一窗通办。");

            Assert.Equal("负面清单之外市场准入“零门槛”，企业办事“零跑腿”。", glossary.Entries[0].Definition);
            ParseDiagnostic diagnostic = Assert.Single(glossary.Diagnostics);
            Assert.Equal("GG0108", diagnostic.Id);
            Assert.Equal(pageNumber, diagnostic.Arguments[0]);
            Assert.Equal(2, diagnostic.Range.StartLine);
        }

        [Fact]
        public void A_line_holding_only_residue_is_reported()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "1.六零：零门槛。", "[bookmark: _Toc1]", "2.七办：一窗通办。");

            Assert.Equal(2, glossary.Entries.Count);
            ParseDiagnostic diagnostic = Assert.Single(glossary.Diagnostics);
            Assert.Equal(("GG0108", 2), (diagnostic.Id, diagnostic.Range.StartLine));
        }
    }
}
