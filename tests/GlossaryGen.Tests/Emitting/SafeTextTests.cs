using GlossaryGen.Emitting;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace GlossaryGen.Tests.Emitting
{
    public class SafeTextTests
    {
        public static TheoryData<string> HostileStrings => new TheoryData<string>
        {
            "\"", "\\", "*/", "</summary>", "&", "<script>alert(1)</script>", "#if DEBUG", "\0", "\uD800", "\uDC00x",
            "a\u200Bb", "\u202Eevil\u202C", "\u2066x\u2069", "line\nbreak", "cr\rlf", "sep\u2028arator", "par\u2029agraph", "nel\u0085",
            "\\u0022", "𠀀 surrogate pair", "\uFFFF", "tab\there",
        };

        [Theory]
        [MemberData(nameof(HostileStrings))]
        public void Literal_round_trips_through_the_compiler(string value)
        {
            string literal = SafeText.Literal(value);
            var expression = (LiteralExpressionSyntax)SyntaxFactory.ParseExpression(literal);
            Assert.Empty(expression.GetDiagnostics());
            Assert.Equal(value, expression.Token.ValueText);
        }

        [Theory]
        [MemberData(nameof(HostileStrings))]
        public void Output_never_holds_invisible_or_line_breaking_characters(string value)
        {
            foreach (string text in new[] { SafeText.Literal(value), SafeText.Comment(value), string.Join("", SafeText.DocLines(value)) })
            {
                foreach (char c in text)
                {
                    bool paired = char.IsSurrogate(c) && value.Contains("𠀀");
                    Assert.True(c >= ' ' && c != '\u007F' && (!char.IsSurrogate(c) || paired) && c != '\u2028' && c != '\u2029' && c != '\u0085'
                        && !(c >= '\u202A' && c <= '\u202E') && !(c >= '\u2066' && c <= '\u2069') && c != '\u200B',
                        $"U+{(int)c:X4} in {text}");
                }
            }
        }

        [Fact]
        public void Literal_keeps_chinese_text_readable()
        {
            Assert.Equal("\"负面清单之外市场准入“零门槛”\"", SafeText.Literal("负面清单之外市场准入“零门槛”"));
        }

        [Fact]
        public void Doc_lines_escape_xml_and_split_paragraphs()
        {
            Assert.Equal(new[] { "a &lt;b&gt; &amp; c", "d" }, SafeText.DocLines("a <b> & c\r\nd"));
        }

        [Fact]
        public void Invisible_characters_become_visible_code_points_in_comments()
        {
            Assert.Equal("a[U+202E]b", SafeText.Comment("a\u202Eb"));
        }
    }
}
