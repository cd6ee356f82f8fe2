using System.Collections.Generic;
using System.Linq;
using GlossaryGen.Model;
using GlossaryGen.Reading;
using GlossaryGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static GlossaryGen.Tests.Building.IndexFixture;

namespace GlossaryGen.Tests.Emitting
{
    /// <summary>Every generated file together, compiled as a strict consumer compiles them.</summary>
    public class GeneratedSourcesTests
    {
        public static IEnumerable<object[]> LanguageSettings()
        {
            yield return new object[] { LanguageVersion.CSharp7_3, NullableContextOptions.Disable };
            yield return new object[] { LanguageVersion.Latest, NullableContextOptions.Enable };
            yield return new object[] { LanguageVersion.Latest, NullableContextOptions.Disable };
        }

        /// <summary>The name of every member the generated class has, and a few more a user might pick.</summary>
        public static TheoryData<string> ClashingClassNames => new TheoryData<string>
        {
            "Terms", "Definitions", "Files", "All", "Expand", "TryExpand", "Lookup", "IndexOf", "Find", "EnumerateMatches",
            "GlossaryTables", "GlossaryGen", "GlossaryEntry", "六零", "A",

            // The file's table class takes the name too (the test's second file): a table's own helpers.
            "Entry", "Listed", "Grouped", "Group", "s_all",
        };

        [Theory]
        [MemberData(nameof(LanguageSettings))]
        public void Hostile_terms_and_definitions_compile_without_any_warning(LanguageVersion version, NullableContextOptions nullable)
        {
            string[] hostile =
            {
                "\"", "\\", "*/", "</summary>", "&amp;", "<script>", "#if X", "class", "123", "……", "a\0b", "x\uD800y", "z\u200Bw",
                "\u202Eevil", "line\u2028sep", "Terms", "Definitions", "Files", "Glossary", "All", "s_all", "Entry", "Listed", "Grouped", "Group",
                "term", "definition", "cache", "items", "group", "@", "////", "<!--", "]]>", "{0}", "\r\n",
            };
            ParsedEntry[] entries = hostile.Select((text, i) => Entry(text, "定义 " + text + " 结束", i + 1)).ToArray();
            EmitOptions options = For(version);

            Dictionary<string, string> sources = Sources(options, new[] { File("/p/hostile \u202E.glossary.txt", entries) });

            foreach (string source in sources.Values)
            {
                Assert.DoesNotContain(source, c => (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\0' || char.IsSurrogate(c));
            }

            Assert.Empty(SourceCompiler.Compile(sources, version, nullable).Problems);
        }

        [Theory]
        [MemberData(nameof(ClashingClassNames))]
        public void Any_class_name_compiles(string className)
        {
            EmitOptions options = DefaultOptions with { Names = new GeneratedNames("Consumer", className) };
            ParsedFile file = File("/p/a.glossary.txt", Entry(className, "定义", 1), Entry("三送", "零门槛", 2), Entry("Files", "文件", 3));

            Dictionary<string, string> sources = Sources(options, new[] { file, File("/p/" + className + ".glossary.txt", Entry("十代", "定义", 1)) });

            var (compilation, problems) = SourceCompiler.Compile(sources);
            Assert.Empty(problems);
            System.Type glossary = SourceCompiler.Load(compilation, "Consumer." + className);
            string expand = options.Names.Expand;
            Assert.Equal("零门槛", SourceCompiler.Call(glossary, expand, new[] { typeof(string) }, "三送"));
        }

        [Fact]
        public void Output_uses_only_newline_line_endings()
        {
            Dictionary<string, string> sources = Sources(DefaultOptions, new[] { File("/p/a.glossary.txt", Entry("六零", "一\r\n二", 1)) });
            Assert.All(sources.Values, source => Assert.DoesNotContain('\r', source));
        }

        [Fact]
        public void An_empty_glossary_still_compiles()
        {
            EmitOptions options = For(LanguageVersion.CSharp7_3);
            Dictionary<string, string> sources = Sources(options, new[] { File("/p/empty.glossary.txt") });
            Assert.Empty(SourceCompiler.Compile(sources, LanguageVersion.CSharp7_3, NullableContextOptions.Disable).Problems);
        }

        [Fact]
        public void Inserting_an_entry_adds_its_lines_and_renumbers_nothing_outside_the_tables()
        {
            // As an author inserts an entry: every later entry moves down a line and takes the next number.
            ParsedEntry[] entries = Enumerable.Range(1, 100).Select(i => Entry("术语" + i, "定义" + i + "：甲、乙、丙。", i + 1, i)).ToArray();
            ParsedEntry[] inserted = Enumerable.Range(1, 101)
                .Select(i => i <= 50 ? entries[i - 1] : i == 51 ? Entry("新术语", "新定义。", 52, 51) : Entry("术语" + (i - 1), "定义" + (i - 1) + "：甲、乙、丙。", i + 1, i))
                .ToArray();

            Dictionary<string, string> before = Sources(DefaultOptions, new[] { File("/p/a.glossary.txt", entries) });
            Dictionary<string, string> after = Sources(DefaultOptions, new[] { File("/p/a.glossary.txt", inserted) });

            // 50 moved entries change one line each (their Terms member's line and number); the new entry adds its own.
            int changed = before.Keys.Where(hint => !hint.EndsWith(".Matcher.g.cs", System.StringComparison.Ordinal)).Sum(hint => LineDiff.NewLines(before[hint], after[hint]));
            Assert.InRange(changed, 1, 60);
        }

        private static EmitOptions For(LanguageVersion version)
            => DefaultOptions with { SupportsNullable = version != LanguageVersion.CSharp7_3, HasNotNullWhenAttribute = version != LanguageVersion.CSharp7_3 };
    }
}
