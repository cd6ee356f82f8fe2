using System.Linq;
using GlossaryGen.Abbreviations;
using GlossaryGen.Model;
using GlossaryGen.Tests.Matching;
using Xunit;

namespace GlossaryGen.Tests.Abbreviations
{
    public class QuotedAbbreviationScannerTests
    {
        [Fact]
        public void Finds_the_real_abbreviations_of_a_report_with_their_uses()
        {
            var uses = QuotedAbbreviationScanner.Scan(SeedTexts.Read("yongzhou-2024.txt")).ToDictionary(use => use.Term);

            Assert.Equal(1, uses["四好农村路"].Count);
            Assert.Equal(4, uses["三高四新"].Count);
            Assert.Equal(1, uses["三送三解三优"].Count);
            Assert.Contains("发展六仗", uses.Keys);
            Assert.Contains("六大战略支点", uses.Keys);
            Assert.Contains("快反135", uses.Keys);
        }

        [Fact]
        public void Ordinary_quoted_phrases_of_a_report_are_not_reported()
        {
            var terms = QuotedAbbreviationScanner.Scan(SeedTexts.Read("yongzhou-2024.txt")).Select(use => use.Term).ToList();

            Assert.DoesNotContain("千年鸟道", terms);
            Assert.DoesNotContain("湘易办", terms);
            Assert.DoesNotContain("小巨人", terms);
            Assert.DoesNotContain("民之所忧，我必念之；民之所盼，我必行之", terms);
            Assert.DoesNotContain("走，去永州", terms);
        }

        [Fact]
        public void A_number_is_not_counted_inside_a_longer_number()
        {
            // chenzhou quotes “137” once and also has “湘易办”1372项: the 1372 is not a use of 137.
            var use = QuotedAbbreviationScanner.Scan(SeedTexts.Read("chenzhou-2024.txt")).Single(u => u.Term == "137");

            Assert.Equal(1, use.Count);
        }

        [Fact]
        public void First_use_is_located_at_the_quoted_text()
        {
            string text = SeedTexts.Read("hengyang-2019.txt");
            AbbreviationUse use = QuotedAbbreviationScanner.Scan(text).Single(u => u.Term == "四好农村路");
            TextRange range = use.FirstRange;

            Assert.Equal("四好农村路", text.Substring(range.Start, range.Length));
            Assert.Equal('“', text[range.Start - 1]);
            string line = text.Split('\n')[range.StartLine];
            Assert.Equal("四好农村路", line.Substring(range.StartColumn, 5));
            Assert.Equal(range.StartLine, range.EndLine);
            Assert.Equal(range.StartColumn + 5, range.EndColumn);
        }

        [Theory]
        [InlineData("\u2028")]
        [InlineData("\u2029")]
        [InlineData("\u0085")]
        [InlineData("\r\n")]
        public void Lines_are_counted_as_the_parser_and_the_IDE_count_them(string lineBreak)
        {
            // The same line breaks as LineSplitter (and Roslyn's SourceText), so a GG0501 at the body and a
            // parser diagnostic in the same file never disagree about which line they are on.
            string text = "开头" + lineBreak + "第二行" + lineBreak + "推进“三高四新”战略";

            TextRange range = QuotedAbbreviationScanner.Scan(text).Single(u => u.Term == "三高四新").FirstRange;

            Assert.Equal(2, range.StartLine);
            Assert.Equal(3, range.StartColumn);
            Assert.Equal(2, range.EndLine);
        }

        [Fact]
        public void Glossary_section_and_what_follows_it_are_not_body_text()
        {
            string text = SeedTexts.Read("yiyang-2024.txt");
            int header = text.Split('\n').ToList().FindIndex(line => line.Trim() == "名 词 解 释") + 1;

            var body = QuotedAbbreviationScanner.ScanBody(text, header).ToDictionary(use => use.Term);
            var whole = QuotedAbbreviationScanner.Scan(text).ToDictionary(use => use.Term);

            Assert.Equal(149, header);
            Assert.DoesNotContain("一江一路", body.Keys);
            Assert.Contains("一江一路", whole.Keys);
            Assert.Equal(2, body["三个提升"].Count);
            Assert.Equal(3, whole["三个提升"].Count);
        }

        [Fact]
        public void Scanning_is_repeatable_and_compares_by_value()
        {
            string text = SeedTexts.Read("lingling-2024.txt");

            Assert.Equal(QuotedAbbreviationScanner.ScanBody(text, 43), QuotedAbbreviationScanner.ScanBody(text, 43));
        }
    }
}
