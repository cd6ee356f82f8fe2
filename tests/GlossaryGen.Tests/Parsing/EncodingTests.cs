using System.Linq;
using System.Text;
using GlossaryGen.Model;
using Xunit;
using static GlossaryGen.Tests.Parsing.ParserTestSupport;

namespace GlossaryGen.Tests.Parsing
{
    public class EncodingTests
    {
        private const string Lingling = "lingling-2024.txt";

        static EncodingTests()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        }

        [Fact]
        public void Gbk_read_as_utf8_is_refused_with_one_diagnostic()
        {
            byte[] gbk = Encoding.GetEncoding("GB18030").GetBytes(ReadReport(Lingling));
            string mojibake = Encoding.UTF8.GetString(gbk);

            AssertRefused(mojibake, "U+FFFD");
        }

        [Theory]
        [InlineData("GB18030", 28591)]
        [InlineData("GB18030", 1252)]
        [InlineData("utf-8", 1252)]
        public void Text_read_as_latin1_or_windows1252_is_refused(string written, int readAs)
        {
            byte[] bytes = Encoding.GetEncoding(written).GetBytes(ReadReport(Lingling));
            string mojibake = Encoding.GetEncoding(readAs).GetString(bytes);

            AssertRefused(mojibake, "Latin-1");
        }

        [Fact]
        public void Utf16_without_a_byte_order_mark_read_as_utf8_is_refused()
        {
            byte[] bytes = Encoding.Unicode.GetBytes("名词解释\n1.RCEP：Regional Comprehensive Economic Partnership.\n2.APP：application.");
            string mojibake = Encoding.UTF8.GetString(bytes);

            AssertRefused(mojibake, "UTF-16");
        }

        [Theory]
        [InlineData("utf-8")]
        [InlineData("utf-16")]
        [InlineData("utf-16BE")]
        public void Decoded_text_with_a_byte_order_mark_reads_like_without(string encodingName)
        {
            Encoding encoding = Encoding.GetEncoding(encodingName);
            string original = ReadReport(Lingling);
            byte[] bytes = encoding.GetPreamble().Concat(encoding.GetBytes(original)).ToArray();
            string decoded = encoding.GetString(bytes);
            Assert.Equal('\uFEFF', decoded[0]);

            ParsedGlossary withBom = Parse(decoded, Lingling);
            ParsedGlossary without = Parse(original, Lingling);

            Assert.Equal(without.Entries.Select(e => (e.Heading, e.Definition, e.Line)), withBom.Entries.Select(e => (e.Heading, e.Definition, e.Line)));
            AssertRangeMatches(decoded, withBom.Entries[0].HeadingRange, "“四区两城”");
        }

        [Fact]
        public void A_bom_before_an_entry_on_the_first_line_is_ignored_and_columns_count_it()
        {
            string text = "\uFEFF六零：零门槛。";
            ParsedEntry entry = Assert.Single(Parse(text).Entries);

            Assert.Equal("六零", entry.Heading);
            Assert.Equal(1, entry.HeadingRange.StartColumn);
        }

        [Fact]
        public void A_few_damaged_characters_in_a_utf8_file_are_not_an_encoding_problem()
        {
            string text = ReadReport(Lingling).Replace("新材料、大健康", "新材料、\uFFFD健康");

            ParsedGlossary glossary = Parse(text, Lingling);

            Assert.Equal(22, glossary.Entries.Count);
            Assert.DoesNotContain(glossary.Diagnostics, d => d.Id == "GG0002");
        }

        [Fact]
        public void A_latin_glossary_with_accents_is_utf8()
        {
            ParsedGlossary glossary = ParseLines("Café：un lieu où l'on boit du café.", "Crème brûlée：un dessert à la crème.", "Déjà vu：une impression étrange.");

            Assert.Equal(3, glossary.Entries.Count);
            Assert.Empty(glossary.Diagnostics);
        }

        private static void AssertRefused(string text, string expectedReason)
        {
            ParsedGlossary glossary = Parse(text, Lingling);

            Assert.Empty(glossary.Entries);
            ParseDiagnostic diagnostic = Assert.Single(glossary.Diagnostics);
            Assert.Equal("GG0002", diagnostic.Id);
            Assert.Equal(TextRange.FileStart, diagnostic.Range);
            Assert.Equal(Lingling, diagnostic.Arguments[0]);
            Assert.Contains(expectedReason, diagnostic.Arguments[1]);
        }
    }
}
