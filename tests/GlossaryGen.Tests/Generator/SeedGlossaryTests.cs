using System.Collections.Generic;
using System.Linq;
using GlossaryGen.Model;
using GlossaryGen.Parsing;
using GlossaryGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace GlossaryGen.Tests.Generator
{
    /// <summary>The two seed glossaries through the whole generator, as issue #2's "done means" states it.</summary>
    public class SeedGlossaryTests
    {
        private static readonly GeneratorRun Run = GeneratorHarness.Run(Seeds.GlossaryFiles(), options: Seeds.Options());

        [Fact]
        public void The_only_warning_is_the_conflict_over_发展六仗()
        {
            Diagnostic[] warnings = Run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();

            Diagnostic conflict = Assert.Single(warnings);
            Assert.Equal("GG0201", conflict.Id);
            string message = conflict.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains("发展六仗", message);
            Assert.Contains("lingling-2024.glossary.txt line 47", message);
            Assert.Contains("yiyang-2024.glossary.txt line 151", message);
            Assert.Equal("/project/Reports/yiyang-2024.glossary.txt", conflict.Location.GetLineSpan().Path);
            Assert.Equal(150, conflict.Location.GetLineSpan().StartLinePosition.Line);
        }

        [Theory]
        [InlineData(LanguageVersion.Latest, NullableContextOptions.Enable)]
        [InlineData(LanguageVersion.Latest, NullableContextOptions.Disable)]
        [InlineData(LanguageVersion.CSharp7_3, NullableContextOptions.Disable)]
        public void Generated_code_compiles_without_warnings(LanguageVersion version, NullableContextOptions nullable)
        {
            GeneratorRun run = GeneratorHarness.Run(Seeds.GlossaryFiles(), UsageCode, version, nullable, Seeds.Options());

            Assert.Empty(run.CompilationProblems);
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785" || d.Id == "GG9999");
        }

        [Fact]
        public void Every_heading_of_both_seed_glossaries_expands_to_its_definition()
        {
            var assembly = new GeneratedAssembly(Run.OutputCompilation, "Consumer.Glossary");
            int checkedEntries = 0;
            foreach (string file in new[] { Seeds.Yiyang, Seeds.Lingling })
            {
                foreach (ParsedEntry entry in GlossaryParser.Parse(Seeds.Text(file), file).Entries)
                {
                    GlossaryEntry found = assembly.Lookup(entry.Heading)!;
                    Assert.NotNull(found);
                    // 发展六仗 is the one key two files claim differently; its own file's entry stays in Files.
                    if (found.SourceFile.StartsWith(file.Replace(".txt", string.Empty), System.StringComparison.Ordinal))
                    {
                        Assert.Equal(entry.Definition, assembly.Expand(entry.Heading));
                        checkedEntries++;
                    }
                }
            }

            Assert.Equal(45, checkedEntries);
        }

        [Fact]
        public void 六零_expands_to_its_six_zeros()
        {
            var assembly = new GeneratedAssembly(Run.OutputCompilation, "Consumer.Glossary");

            Assert.Equal(
                "负面清单之外市场准入“零门槛”，企业办事“零跑腿”，收费清单之外企业经营“零收费”，为企服务“零距离”，企业正常经营“零干扰”，损企行为“零容忍”。",
                assembly.Expand("六零"));
            Assert.Equal(assembly.Expand("六零"), assembly.Expand(" “六零” "));
            Assert.Equal(19, ((GlossaryEntry)assembly.Member("Terms", "六零")!).Number);
            Assert.Equal(assembly.Expand("六零"), assembly.Member("Definitions", "六零"));
        }

        [Fact]
        public void Items_and_groups_are_compiled_in()
        {
            var assembly = new GeneratedAssembly(Run.OutputCompilation, "Consumer.Glossary");

            var 六零 = (GlossaryEntry)assembly.Member("Terms", "六零")!;
            Assert.Equal(new[] { "零门槛", "零跑腿", "零收费", "零距离", "零干扰", "零容忍" }, 六零.Items);
            var 三送三解三优 = (GlossaryEntry)assembly.Member("Terms", "三送三解三优")!;
            Assert.Equal(new[] { "送", "解", "优" }, 三送三解三优.Groups.Select(g => g.Label));
            Assert.All(三送三解三优.Groups, group => Assert.Equal(3, group.Items.Count));
            Assert.Empty(((GlossaryEntry)assembly.Member("Terms", "新质生产力")!).Items);
        }

        [Fact]
        public void Items_written_once_in_the_table_are_the_parsed_items()
        {
            // 十代's definition is its items separated by 、 (the table writes them once, in the definition);
            // 三送三解三优's items are its groups' items (written once, in the groups).
            var assembly = new GeneratedAssembly(Run.OutputCompilation, "Consumer.Glossary");

            var 十代 = (GlossaryEntry)assembly.Member("Terms", "十代")!;
            Assert.Equal(new[] { "代育秧", "代翻耕", "代机插", "代管理", "代防治", "代收割", "代烘干", "代存储", "代加工", "代销售" }, 十代.Items);
            var 三送三解三优 = (GlossaryEntry)assembly.Member("Terms", "三送三解三优")!;
            Assert.Equal(三送三解三优.Groups.SelectMany(group => group.Items), 三送三解三优.Items);
            Assert.Equal(9, 三送三解三优.Items.Count);
            Assert.Contains(十代, (System.Collections.Generic.IEnumerable<GlossaryEntry>)assembly.Member("Files.Yiyang2024", "All")!);
        }

        [Fact]
        public void Quoted_parts_find_their_entry()
        {
            var assembly = new GeneratedAssembly(Run.OutputCompilation, "Consumer.Glossary");

            Assert.Equal("新材料、大健康。", assembly.Expand("工业“一主一特”"));
            Assert.Equal("新材料、大健康。", assembly.Expand("工业一主一特"));
            Assert.Equal("新材料、大健康。", assembly.Expand("一主一特"));
            Assert.Equal("新材料、大健康。", assembly.Expand("工业\"一主一特\""));
        }

        [Fact]
        public void The_overridden_definition_stays_reachable_by_its_own_name()
        {
            var assembly = new GeneratedAssembly(Run.OutputCompilation, "Consumer.Glossary");

            Assert.Contains("安全生产翻身仗", assembly.Expand("发展六仗"));
            var yiyang = (GlossaryEntry)assembly.Member("Terms", "打好发展六仗")!;
            Assert.Contains("安全生产巩固提升仗", yiyang.Definition);
        }

        [Fact]
        public void An_unknown_term_names_the_closest_terms()
        {
            var assembly = new GeneratedAssembly(Run.OutputCompilation, "Consumer.Glossary");

            KeyNotFoundException exception = Assert.Throws<KeyNotFoundException>(() => assembly.Expand("六领"));
            Assert.StartsWith("'六领' is not a term of the glossary. Closest terms: '六零'", exception.Message);
        }

        [Theory]
        [InlineData("Glossary.g.cs")]
        [InlineData("Glossary.Files.Lingling2024.g.cs")]
        [InlineData("Glossary.Files.Yiyang2024.g.cs")]
        [InlineData("Glossary.Matcher.g.cs")]
        [InlineData("Glossary.Index.g.cs")]
        public void Snapshot_of_each_generated_file(string hintName)
        {
            Snapshot.Matches(Snapshot.ScrubVersion(Run.Source(hintName)), "SeedGlossaries." + hintName.Substring(0, hintName.Length - ".cs".Length));
        }

        [Fact]
        public void The_generated_files_are_one_table_per_glossary_plus_the_api_tables_and_index()
        {
            Assert.Equal(
                new[] { "Glossary.Files.Lingling2024.g.cs", "Glossary.Files.Yiyang2024.g.cs", "Glossary.Index.g.cs", "Glossary.Matcher.g.cs", "Glossary.g.cs" },
                Run.Sources.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        }

        [Fact]
        public void Output_does_not_depend_on_the_order_of_the_files()
        {
            AdditionalText[] files = Seeds.GlossaryFiles();
            GeneratorRun reversed = GeneratorHarness.Run(files.Reverse(), options: Seeds.Options());

            Assert.Equal(Run.Sources, reversed.Sources);
        }

        private const string UsageCode = @"
namespace Consumer
{
    /// <summary>Uses the generated API the way an app does.</summary>
    public static class Usage
    {
        /// <summary>Calls every lookup.</summary>
        public static string Use()
        {
            if (Glossary.TryExpand(""六零"", out var definition))
            {
                return definition + Glossary.Expand(""十代"") + Glossary.Terms.六零.Heading + Glossary.Definitions.六零 + Glossary.All.Count;
            }

            var entry = Glossary.Lookup(""三线一单"");
            return entry == null ? string.Empty : entry.Definition;
        }
    }
}";
    }
}
