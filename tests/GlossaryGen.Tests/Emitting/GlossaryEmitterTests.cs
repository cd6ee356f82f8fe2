using System.Collections.Generic;
using System.Linq;
using GlossaryGen.Building;
using GlossaryGen.Emitting;
using GlossaryGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static GlossaryGen.Tests.Building.ModelBuilderFixture;

namespace GlossaryGen.Tests.Emitting
{
    public class GlossaryEmitterTests
    {
        public static IEnumerable<object[]> LanguageSettings()
        {
            yield return new object[] { LanguageVersion.CSharp7_3, NullableContextOptions.Disable };
            yield return new object[] { LanguageVersion.Latest, NullableContextOptions.Enable };
            yield return new object[] { LanguageVersion.Latest, NullableContextOptions.Disable };
        }

        [Theory]
        [MemberData(nameof(LanguageSettings))]
        public void Hostile_terms_and_definitions_compile_without_any_warning(LanguageVersion version, NullableContextOptions nullable)
        {
            string[] hostile =
            {
                "\"", "\\", "*/", "</summary>", "&amp;", "<script>", "#if X", "class", "123", "……", "a\0b", "x\uD800y", "z\u200Bw",
                "\u202Eevil", "line\u2028sep", "Terms", "Definitions", "Glossary", "@", "////", "<!--", "]]>", "{0}", "\r\n",
            };
            ParsedEntry[] entries = hostile.Select((text, i) => Entry(text, "定义 " + text + " 结束", i + 1)).ToArray();
            GlossaryModel model = WithLanguage(Build(File("/p/hostile \u202E.glossary.txt", entries)).Model!, version, nullable);

            string source = GlossaryEmitter.Emit(model);

            Assert.DoesNotContain(source, c => (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\0' || char.IsSurrogate(c));
            Assert.Empty(Compile(source, version, nullable));
        }

        [Fact]
        public void Output_uses_only_newline_line_endings()
        {
            GlossaryModel model = Build(File("/p/a.glossary.txt", Entry("六零", "一\r\n二", 1))).Model!;
            Assert.DoesNotContain('\r', GlossaryEmitter.Emit(model));
        }

        [Fact]
        public void An_empty_glossary_still_compiles()
        {
            GlossaryModel model = Build(File("/p/empty.glossary.txt")).Model!;
            Assert.Empty(Compile(GlossaryEmitter.Emit(WithLanguage(model, LanguageVersion.CSharp7_3, NullableContextOptions.Disable)), LanguageVersion.CSharp7_3, NullableContextOptions.Disable));
        }

        private static GlossaryModel WithLanguage(GlossaryModel model, LanguageVersion version, NullableContextOptions nullable)
            => model with { Options = model.Options with { SupportsNullable = version != LanguageVersion.CSharp7_3, HasNotNullWhenAttribute = version != LanguageVersion.CSharp7_3 } };

        private static IEnumerable<Diagnostic> Compile(string source, LanguageVersion version, NullableContextOptions nullable)
        {
            CSharpCompilation compilation = Infrastructure.GeneratorHarness.CreateCompilation(string.Empty, version, nullable);
            var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(version, DocumentationMode.Diagnose), path: "Glossary.g.cs");
            return compilation.AddSyntaxTrees(tree).GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);
        }
    }
}
