using System.Linq;
using GlossaryGen.Model;
using Xunit;
using static GlossaryGen.Tests.Parsing.ParserTestSupport;

namespace GlossaryGen.Tests.Parsing
{
    public class FootnoteMarkerTests
    {
        [Fact]
        public void Markers_that_follow_their_heading_or_core_are_fine()
        {
            ParsedGlossary glossary = ParseLines(
                "努力实现“六零”[1]，推行工业“一主一特”[2]与全省“4×4”现代化产业体系[3]。",
                "名词解释",
                "[1]六零：零门槛。",
                "[2]工业“一主一特”：新材料、大健康。",
                "[3]省“4×4”现代化产业体系：四大类产业。");

            Assert.Equal(3, glossary.Entries.Count);
            Assert.Empty(glossary.Diagnostics);
        }

        [Fact]
        public void A_marker_after_a_different_term_is_reported_at_the_marker()
        {
            string text = "努力实现“六零”[2]，深化“七办”[1]。\n名词解释\n[1]六零：零门槛。\n[2]七办：一窗通办。";
            ParsedGlossary glossary = Parse(text);

            Assert.Equal(new[] { "GG0106", "GG0106" }, Ids(glossary));
            ParseDiagnostic first = glossary.Diagnostics[0];
            Assert.Equal(new[] { "2", "七办", "实现“六零”" }, first.Arguments.ToArray());
            AssertRangeMatches(text, first.Range, "[2]");
        }

        [Theory]
        [InlineData("落实“三早”“三集中”[1]要求。", "[1]三早、三集中：早发现、早报告、早处置。")]
        [InlineData("建设“四稳”、“四保”[1]机制。", "[1]“四稳”“四保”：稳就业、保民生。")]
        [InlineData("引进CD-MO[1]平台。", "[1]CDMO：合同研发生产组织。")]
        [InlineData("建设七大创新 产业园区[1]。", "[1]七大创新产业园：七个园区。")]
        [InlineData("仍有6项没有达标[1]。", "[1]“十四五”规划未达标指标6项：六项指标。")]
        [InlineData("职业教育形成“2+3+Y”总体布局[1]。", "[1]“2+3+Y”职业教育总体布局：两个中心。")]
        [InlineData("推动落实“2+N”[1]政策。", "[1]２＋Ｎ：两项总体方案和若干配套办法。")]
        [InlineData("落实“1＋3”[1]机制。", "[1]“1+3”机制：一个中心、三个平台。")]
        public void Markers_after_the_entry_as_reports_print_it_are_fine(string body, string entry)
        {
            ParsedGlossary glossary = ParseLines(body, "名词解释", entry);

            Assert.Single(glossary.Entries);
            Assert.Empty(glossary.Diagnostics);
        }

        [Fact]
        public void A_marker_may_point_at_a_note_that_has_no_term()
        {
            // Reports number a note on their figures with the entries (［1］本报告所列…), and the body marks the figure.
            ParsedGlossary glossary = ParseLines(
                "预计[1]全省生产总值增长6%，推进“两个确保”[2]。",
                "名词解释和说明",
                "［1］本报告所列统计数据为预计数，尚待法定程序正式确认。",
                "［2］两个确保：确保经济持续健康发展，确保各项政策全面落实。");

            Assert.Single(glossary.Entries);
            Assert.DoesNotContain(glossary.Diagnostics, d => d.Id == "GG0105" || d.Id == "GG0106" || d.Id == "GG0107");
        }

        [Fact]
        public void A_marker_after_text_that_shares_no_wording_with_its_entry_is_reported()
        {
            ParsedGlossary glossary = ParseLines("深化“七办”[1]改革。", "名词解释", "[1]六零：零门槛。");

            Assert.Equal(new[] { "GG0106" }, Ids(glossary));
        }

        [Fact]
        public void A_marker_after_another_entry_is_reported_even_when_the_wording_overlaps()
        {
            ParsedGlossary glossary = ParseLines(
                "实施“五大工程”[2]和“十大工程”[1]。", "名词解释", "[1]五大工程：五项。", "[2]十大工程：十项。");

            Assert.Equal(new[] { "GG0106", "GG0106" }, Ids(glossary));
        }

        [Fact]
        public void A_marker_without_an_entry_is_reported()
        {
            string text = "努力实现“六零”[1]，还有“八办”[9]。\n名词解释\n[1]六零：零门槛。";
            ParsedGlossary glossary = Parse(text);

            ParseDiagnostic diagnostic = Assert.Single(glossary.Diagnostics);
            Assert.Equal("GG0105", diagnostic.Id);
            Assert.Equal("9", diagnostic.Arguments[0]);
            Assert.EndsWith("“八办”", diagnostic.Arguments[1]);
            AssertRangeMatches(text, diagnostic.Range, "[9]");
        }

        [Fact]
        public void An_entry_no_marker_refers_to_is_reported_as_info()
        {
            ParsedGlossary glossary = ParseLines("努力实现“六零”[1]。", "名词解释", "[1]六零：零门槛。", "[2]七办：一窗通办。");

            ParseDiagnostic diagnostic = Assert.Single(glossary.Diagnostics);
            Assert.Equal(("GG0107", 3), (diagnostic.Id, diagnostic.Range.StartLine));
            Assert.Equal(new[] { "2", "七办" }, diagnostic.Arguments.ToArray());
        }

        [Fact]
        public void Consecutive_markers_both_refer_to_the_text_before_them()
        {
            ParsedGlossary glossary = ParseLines("实施“三减少”“三加强”[1][2]。", "名词解释", "[1]“三减少”“三加强”：减少会议。", "[2]三加强：加强落实。");

            Assert.Empty(glossary.Diagnostics);
        }

        [Fact]
        public void A_body_without_markers_is_not_checked()
        {
            ParsedGlossary glossary = Parse(ReadReport("lingling-2024.txt"), "lingling-2024.txt");

            Assert.DoesNotContain(glossary.Diagnostics, d => d.Id == "GG0105" || d.Id == "GG0106" || d.Id == "GG0107");
        }

        [Fact]
        public void Bracketed_numbers_in_a_file_without_a_glossary_are_citations()
        {
            ParsedGlossary glossary = ParseLines("参见文献[1]与文献[2]。", "六零：零门槛。");

            // Without a header the whole file is the glossary: the prose line is reported, its brackets are not markers.
            Assert.Equal("六零", Assert.Single(glossary.Entries).Term);
            Assert.Equal(new[] { "GG0101" }, Ids(glossary));
        }

        [Fact]
        public void Years_in_brackets_are_not_markers()
        {
            ParsedGlossary glossary = ParseLines("依据国发[2024]第3号文件，实现“六零”[1]。", "名词解释", "[1]六零：零门槛。");

            Assert.Empty(glossary.Diagnostics);
        }

        [Fact]
        public void Yiyang_markers_all_match_their_entries()
        {
            ParsedGlossary glossary = Parse(ReadReport("yiyang-2024.txt"), "yiyang-2024.txt");

            Assert.DoesNotContain(glossary.Diagnostics, d => d.Id == "GG0105" || d.Id == "GG0106" || d.Id == "GG0107");
        }

        [Fact]
        public void Yiyang_with_a_wrong_marker_reports_it()
        {
            string text = ReadReport("yiyang-2024.txt").Replace("努力实现“六零”[19]", "努力实现“六零”[18]");
            ParsedGlossary glossary = Parse(text, "yiyang-2024.txt");

            ParseDiagnostic mismatch = Assert.Single(glossary.Diagnostics, d => d.Id == "GG0106");
            Assert.Equal(new[] { "18", "两图五库", "努力实现“六零”" }, mismatch.Arguments.ToArray());
            ParseDiagnostic unreferenced = Assert.Single(glossary.Diagnostics, d => d.Id == "GG0107");
            Assert.Equal(new[] { "19", "六零" }, unreferenced.Arguments.ToArray());
        }
    }
}
