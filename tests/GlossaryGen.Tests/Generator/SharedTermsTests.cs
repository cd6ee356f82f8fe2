using System.Collections.Generic;
using System.Linq;
using GlossaryGen.Tests.Infrastructure;
using Xunit;

namespace GlossaryGen.Tests.Generator
{
    /// <summary>
    /// Several glossary files declare their entries into the one <c>Terms</c> and <c>Definitions</c>: what happens
    /// when they share a term, and when a file is named like one of those classes. Each case is compiled.
    /// </summary>
    public class SharedTermsTests
    {
        [Fact]
        public void A_term_repeated_word_for_word_is_declared_once_and_listed_by_both_files()
        {
            GeneratorRun run = GeneratorHarness.Run(new[]
            {
                new InMemoryAdditionalText("/p/a.glossary.txt", "1.“三稀”：稀土金属、稀有金属、稀散金属。\n"),
                new InMemoryAdditionalText("/p/b.glossary.txt", "1.“两图”：产业链招商路线图、招商引资全景地图。\n2.“三稀”：稀土金属、稀有金属、稀散金属。\n"),
            });

            Assert.Empty(run.CompilationProblems);
            Assert.Empty(run.GeneratorDiagnostics);
            var assembly = new GeneratedAssembly(run.OutputCompilation, "Consumer.Glossary");
            object 三稀 = assembly.Member("Terms", "三稀")!;
            Assert.Same(三稀, Entries(assembly, "Files.A").Single());
            Assert.Same(三稀, Entries(assembly, "Files.B")[1]);
            Assert.Equal(2, assembly.All.Length);
        }

        [Fact]
        public void A_term_defined_differently_keeps_both_definitions_under_two_names()
        {
            GeneratorRun run = GeneratorHarness.Run(new[]
            {
                new InMemoryAdditionalText("/p/a.glossary.txt", "1.“六零”：甲。\n"),
                new InMemoryAdditionalText("/p/b.glossary.txt", "1.“六零”：乙。\n"),
            });

            Assert.Empty(run.CompilationProblems);
            Assert.Equal(new[] { "GG0201", "GG0202" }, run.GeneratorDiagnostics.Select(d => d.Id).OrderBy(id => id));
            var assembly = new GeneratedAssembly(run.OutputCompilation, "Consumer.Glossary");
            Assert.Equal("甲。", assembly.Member("Definitions", "六零"));
            Assert.Equal("乙。", assembly.Member("Definitions", "六零_2"));
            Assert.Same(assembly.Member("Terms", "六零_2"), Entries(assembly, "Files.B").Single());
            Assert.Equal("甲。", assembly.Expand("六零"));
        }

        [Theory]
        [InlineData("terms")]
        [InlineData("definitions")]
        [InlineData("all")]
        public void A_file_named_like_a_generated_class_or_member_compiles_without_a_warning(string fileName)
        {
            GeneratorRun run = GeneratorHarness.Run(new[] { new InMemoryAdditionalText("/p/" + fileName + ".glossary.txt", "1.“两图”：产业链招商路线图、招商引资全景地图。\n") });

            Assert.Empty(run.CompilationProblems);
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Contains(run.Sources.Keys, hint => hint.EndsWith("_2.g.cs", System.StringComparison.Ordinal));
        }

        private static IReadOnlyList<object> Entries(GeneratedAssembly assembly, string fileClass)
            => ((IEnumerable<object>)assembly.Member(fileClass, "All")!).ToList();
    }
}
