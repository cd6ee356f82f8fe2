using GlossaryGen.Building;
using Xunit;

namespace GlossaryGen.Tests.Building
{
    public class IdentifierMapperTests
    {
        [Theory]
        [InlineData("六零", "六零")]
        [InlineData("三送三解三优", "三送三解三优")]
        [InlineData("工业一主一特", "工业一主一特")]
        [InlineData("RCEP", "RCEP")]
        [InlineData("省4×4现代化产业体系", "省4x4现代化产业体系")]
        [InlineData("脱贫群众3+1", "脱贫群众3Plus1")]
        [InlineData("2614工作法", "_2614工作法")]
        [InlineData("4+N产业发展布局", "_4PlusN产业发展布局")]
        [InlineData("香零山路（一期）", "香零山路_一期")]
        [InlineData("点亮银城·光耀万家计划", "点亮银城_光耀万家计划")]
        [InlineData("5080%", "_5080Percent")]
        [InlineData("class", "@class")]
        [InlineData("三‘三网’融合", "三三网融合")]
        [InlineData("六\u200B零", "六零")]
        [InlineData("六\u202E零", "六零")]
        [InlineData("a b", "a_b")]
        public void Maps_terms_to_readable_identifiers(string term, string expected)
        {
            Assert.Equal(expected, IdentifierMapper.FromTerm(term, 0));
        }

        [Theory]
        [InlineData("")]
        [InlineData("……")]
        [InlineData("“”")]
        [InlineData("\u202E")]
        public void Terms_with_nothing_usable_are_named_by_position(string term)
        {
            Assert.Equal("Entry7", IdentifierMapper.FromTerm(term, 6));
        }

        [Fact]
        public void Long_terms_are_cut_to_the_limit()
        {
            string identifier = IdentifierMapper.FromTerm(new string('零', 200), 0);
            Assert.Equal(IdentifierMapper.MaxLength, identifier.Length);
        }

        [Fact]
        public void Cutting_never_splits_a_surrogate_pair()
        {
            // U+20000 is a letter outside the BMP; C# identifiers take only BMP characters, so it becomes a separator.
            string identifier = IdentifierMapper.FromTerm(new string('零', 63) + "\U00020000" + "零", 0);
            Assert.DoesNotContain(identifier, c => char.IsSurrogate(c));
        }

        [Theory]
        [InlineData("yiyang-2024.glossary.txt", "Yiyang2024")]
        [InlineData("益阳.glossary.txt", "益阳")]
        [InlineData("2024 report.txt", "_2024Report")]
        [InlineData("class.glossary.txt", "Class")]
        [InlineData("---.txt", "GlossaryFile")]
        public void Maps_file_names_to_class_names(string fileName, string expected)
        {
            Assert.Equal(expected, IdentifierMapper.FromFileName(fileName));
        }

        [Theory]
        [InlineData("MyApp", true)]
        [InlineData("术语表", true)]
        [InlineData("class", false)]
        [InlineData("1abc", false)]
        [InlineData("a-b", false)]
        [InlineData("", false)]
        public void Validates_identifiers(string name, bool valid)
        {
            Assert.Equal(valid, IdentifierMapper.IsValidIdentifier(name));
        }

        [Theory]
        [InlineData("MyApp.Glossaries", true)]
        [InlineData("MyApp..Glossaries", false)]
        [InlineData("MyApp.class", false)]
        public void Validates_namespaces(string name, bool valid)
        {
            Assert.Equal(valid, IdentifierMapper.IsValidNamespace(name));
        }
    }
}
