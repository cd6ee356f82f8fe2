using System;
using System.Linq;
using System.Threading;
using GlossaryGen.Model;
using GlossaryGen.Parsing;
using Xunit;
using static GlossaryGen.Tests.Parsing.ParserTestSupport;

namespace GlossaryGen.Tests.Parsing
{
    /// <summary>One test (at least) per diagnostic ID the parser reports, with its exact place and arguments.</summary>
    public class DiagnosticTests
    {
        [Fact]
        public void GG0002_not_utf8_reports_once_at_file_start_and_yields_nothing()
        {
            ParsedGlossary glossary = Parse("名词解释\n1.\uFFFD\uFFFD\uFFFD\uFFFD：\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD", "bad.glossary.txt");

            Assert.Empty(glossary.Entries);
            ParseDiagnostic diagnostic = Assert.Single(glossary.Diagnostics);
            Assert.Equal("GG0002", diagnostic.Id);
            Assert.Equal("bad.glossary.txt", diagnostic.Arguments[0]);
        }

        [Theory]
        [InlineData("", "the file is empty")]
        [InlineData(" \r\n\u3000\n\t", "the file is empty")]
        [InlineData("名词解释\n\n", "no line after the header on line 1")]
        [InlineData("名词解释\n这一段不是词条，而是一段很长的说明文字，没有冒号分隔的术语。", "no line after the header on line 1")]
        public void GG0003_no_entries(string text, string reason)
        {
            ParsedGlossary glossary = Parse(text, "empty.glossary.txt");

            Assert.Empty(glossary.Entries);
            ParseDiagnostic diagnostic = Assert.Single(glossary.Diagnostics);
            Assert.Equal("GG0003", diagnostic.Id);
            Assert.Equal("empty.glossary.txt", diagnostic.Arguments[0]);
            Assert.StartsWith(reason, diagnostic.Arguments[1]);
        }

        [Fact]
        public void GG0004_text_over_the_length_limit_is_not_read()
        {
            string text = "六零：零门槛。\n" + new string('a', ParserLimits.MaxTextLength);

            ParsedGlossary glossary = Parse(text, "huge.glossary.txt");

            Assert.Empty(glossary.Entries);
            ParseDiagnostic diagnostic = Assert.Single(glossary.Diagnostics);
            Assert.Equal("GG0004", diagnostic.Id);
            Assert.Equal(new[] { "huge.glossary.txt", "16,777,216 characters", "nothing was read from it" }, diagnostic.Arguments.ToArray());
        }

        [Fact]
        public void GG0004_a_definition_over_the_limit_is_cut()
        {
            string definition = new string('释', ParserLimits.MaxDefinitionLength + 10);
            ParsedGlossary glossary = ParseLines("名词解释", "1.六零：" + definition);

            ParsedEntry entry = Assert.Single(glossary.Entries);
            Assert.Equal(ParserLimits.MaxDefinitionLength, entry.Definition.Length);
            ParseDiagnostic diagnostic = Assert.Single(glossary.Diagnostics);
            Assert.Equal("GG0004", diagnostic.Id);
            Assert.Equal("65,536 characters in one definition", diagnostic.Arguments[1]);
        }

        [Fact]
        public void GG0005_bidi_control_in_a_term_or_definition_is_reported_and_kept()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "1.六\u202E零：零门槛。", "2.七办：一窗\u2066通办。");

            Assert.Equal("六\u202E零", glossary.Entries[0].Term);
            Assert.Equal("一窗\u2066通办。", glossary.Entries[1].Definition);
            Assert.Equal(new[] { "GG0005", "GG0005" }, Ids(glossary));
            Assert.Equal(new[] { "term '六\\u202E零'", "202E" }, glossary.Diagnostics[0].Arguments.ToArray());
            Assert.Equal(new[] { "definition of '七办'", "2066" }, glossary.Diagnostics[1].Arguments.ToArray());
            Assert.Equal(2, glossary.Diagnostics[1].Range.StartLine);
        }

        [Fact]
        public void GG0101_a_line_that_is_no_entry_is_reported_with_its_text()
        {
            string text = "名词解释\n以下按出现顺序排列，仅供参考，不作为正式文件。\n1.六零：零门槛。";
            ParsedGlossary glossary = Parse(text);

            ParseDiagnostic diagnostic = Assert.Single(glossary.Diagnostics);
            Assert.Equal("GG0101", diagnostic.Id);
            Assert.Equal("以下按出现顺序排列，仅供参考，不作为正式文件。", diagnostic.Arguments[0]);
            AssertRangeMatches(text, diagnostic.Range, "以下按出现顺序排列，仅供参考，不作为正式文件。");
        }

        [Fact]
        public void GG0101_a_numbered_line_without_a_term_is_reported()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "1.六零：零门槛。", "2.城镇新增就业五万人以上，完成年度目标任务。", "3.七办：一窗通办。");

            Assert.Equal(2, glossary.Entries.Count);
            Assert.Equal(new[] { "GG0101" }, Ids(glossary));
        }

        [Fact]
        public void GG0102_an_entry_without_definition_is_reported_and_dropped()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "1.六零：", "2.七办：一窗通办。");

            Assert.Equal("七办", Assert.Single(glossary.Entries).Term);
            ParseDiagnostic diagnostic = Assert.Single(glossary.Diagnostics);
            Assert.Equal(("GG0102", 1), (diagnostic.Id, diagnostic.Range.StartLine));
            Assert.Equal("六零", diagnostic.Arguments[0]);
        }

        [Fact]
        public void GG0103_a_term_defined_twice_names_both_lines_and_keeps_the_first()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "1.“六零”：零门槛。", "2.七办：一窗通办。", "3.六零：零跑腿。");

            Assert.Equal(new[] { "零门槛。", "一窗通办。" }, glossary.Entries.Select(e => e.Definition));
            ParseDiagnostic diagnostic = Assert.Single(glossary.Diagnostics, d => d.Id == "GG0103");
            Assert.Equal(new[] { "六零", "2", "4", "the definition on line 2 is used and the one on line 4 is ignored" }, diagnostic.Arguments.ToArray());
            Assert.Equal(3, diagnostic.Range.StartLine);
            Assert.Equal(1, Assert.Single(diagnostic.AdditionalRanges).StartLine);
        }

        [Fact]
        public void GG0103_same_definition_twice_says_so()
        {
            ParsedGlossary glossary = ParseLines("六零：零门槛。", "六零：零门槛。");

            ParseDiagnostic diagnostic = Assert.Single(glossary.Diagnostics);
            Assert.Equal("both definitions are the same; delete one of them", diagnostic.Arguments[3]);
        }

        [Fact]
        public void GG0104_number_out_of_sequence()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "1.六零：零门槛。", "2.七办：一窗通办。", "4.三稀：稀土金属。", "4.三改：瓶改管。");

            Assert.Equal(4, glossary.Entries.Count);
            Assert.Equal(new[] { "GG0104", "GG0104" }, Ids(glossary));
            Assert.Equal(new[] { "4", "2" }, glossary.Diagnostics[0].Arguments.ToArray());
            Assert.Equal(3, glossary.Diagnostics[0].Range.StartLine);
            Assert.Equal(new[] { "4", "4" }, glossary.Diagnostics[1].Arguments.ToArray());
        }

        [Fact]
        public void GG0108_residue_removed()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "[bookmark: _GoBack]1.六零：零门槛。");

            Assert.Equal("六零", Assert.Single(glossary.Entries).Term);
            Assert.Equal(new[] { "GG0108" }, Ids(glossary));
        }

        [Fact]
        public void GG0109_first_number_not_one()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "3.六零：零门槛。", "4.七办：一窗通办。");

            ParseDiagnostic diagnostic = Assert.Single(glossary.Diagnostics);
            Assert.Equal(("GG0109", 1), (diagnostic.Id, diagnostic.Range.StartLine));
            Assert.Equal(new[] { "3" }, diagnostic.Arguments.ToArray());
        }

        [Fact]
        public void GG0110_footer_and_GG0111_attachment_each_cover_their_lines()
        {
            ParsedGlossary glossary = ParseLines("名词解释", "1.六零：零门槛。", "附件2", "1.项目：内容。", "扫一扫在手机打开当前页");

            Assert.Equal(new[] { "GG0111" }, Ids(glossary));
            Assert.Equal((2, 4), (glossary.Diagnostics[0].Range.StartLine, glossary.Diagnostics[0].Range.EndLine));

            glossary = ParseLines("名词解释", "1.六零：零门槛。", "责任编辑：张三", "打印本页");
            Assert.Equal(new[] { "GG0110" }, Ids(glossary));
        }

        [Fact]
        public void Diagnostics_are_capped_so_hostile_input_cannot_grow_them_without_bound()
        {
            string[] lines = new[] { "名词解释", "1.六零：零门槛。" }
                .Concat(Enumerable.Range(0, ParserLimits.MaxDiagnostics + 50).Select(i => "[bookmark: b" + i + "]"))
                .ToArray();

            ParsedGlossary glossary = ParseLines(lines);

            Assert.Equal(ParserLimits.MaxDiagnostics + 1, glossary.Diagnostics.Count);
            Assert.Equal(1, glossary.Diagnostics.Count(d => d.Id == "GG0004"));
            Assert.Equal("further problems in this file are not reported", glossary.Diagnostics.Single(d => d.Id == "GG0004").Arguments[2]);
        }

        [Fact]
        public void Cancellation_is_honoured()
        {
            using var source = new CancellationTokenSource();
            source.Cancel();

            Assert.ThrowsAny<OperationCanceledException>(() => GlossaryParser.Parse(ReadReport("yiyang-2024.txt"), "yiyang-2024.txt", source.Token));
        }

        [Fact]
        public void Null_text_is_an_empty_file()
        {
            ParsedGlossary glossary = GlossaryParser.Parse(null!, null!);

            Assert.Equal(new[] { "GG0003" }, Ids(glossary));
        }
    }
}
