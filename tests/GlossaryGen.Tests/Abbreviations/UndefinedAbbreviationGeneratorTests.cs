using System.Collections.Generic;
using System.Linq;
using GlossaryGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace GlossaryGen.Tests.Abbreviations
{
    /// <summary>GG0501 through the generator: reports marked Glossary="report" beside the seed glossaries.</summary>
    public class UndefinedAbbreviationGeneratorTests
    {
        private const string Yongzhou = "/project/Reports/yongzhou-2024.txt";
        private const string Hengyang = "/project/Reports/hengyang-2019.txt";

        [Fact]
        public void Abbreviation_only_lingling_defines_is_reported_when_linglings_glossary_is_not_in_the_project()
        {
            GeneratorRun run = Run(includeLingling: false);

            Diagnostic road = Assert.Single(Undefined(run), d => Term(d) == "四好农村路");
            Assert.Equal(DiagnosticSeverity.Info, road.Severity);
            Assert.Equal(Hengyang, road.Location.GetLineSpan().Path);
            Assert.Equal(Yongzhou, Assert.Single(road.AdditionalLocations).GetLineSpan().Path);
            Assert.Contains("is used 2 time(s)", road.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Empty(run.CompilationProblems);
        }

        [Fact]
        public void Abbreviation_lingling_defines_is_not_reported_when_its_glossary_is_in_the_project()
        {
            GeneratorRun run = Run(includeLingling: true);

            var terms = Undefined(run).Select(Term).ToList();
            Assert.DoesNotContain("四好农村路", terms);
            Assert.DoesNotContain("发展六仗", terms);
            Assert.DoesNotContain("三送三解三优", terms);
            Assert.Contains("三高四新", terms);
            Assert.Contains("3311", terms);
            Assert.DoesNotContain("千年鸟道", terms);
            Assert.Equal(terms.Distinct().Count(), terms.Count);
        }

        [Fact]
        public void Report_without_a_glossary_section_defines_no_terms()
        {
            GeneratorRun run = Run(includeLingling: false);

            string generated = run.Source("Glossary.g.cs");
            Assert.DoesNotContain("实现“三高四新”", generated);
            Assert.DoesNotContain("2019 年政府工作的总体要求是", generated);
            Assert.Contains("六零", generated);
        }

        private static GeneratorRun Run(bool includeLingling)
        {
            var files = new List<AdditionalText>
            {
                new InMemoryAdditionalText("/project/Reports/yiyang-2024.glossary.txt", Seeds.Text(Seeds.Yiyang)),
                new InMemoryAdditionalText(Yongzhou, Seeds.Text("yongzhou-2024.txt")),
                new InMemoryAdditionalText(Hengyang, Seeds.Text("hengyang-2019.txt")),
            };
            if (includeLingling)
            {
                files.Add(new InMemoryAdditionalText("/project/Reports/lingling-2024.glossary.txt", Seeds.Text(Seeds.Lingling)));
            }

            var report = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.Glossary"] = "report" };
            var options = new TestOptionsProvider(
                new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" },
                new Dictionary<string, IDictionary<string, string>> { [Yongzhou] = report, [Hengyang] = report });
            return GeneratorHarness.Run(files, options: options);
        }

        private static IEnumerable<Diagnostic> Undefined(GeneratorRun run) => run.GeneratorDiagnostics.Where(d => d.Id == "GG0501");

        private static string Term(Diagnostic diagnostic)
        {
            string message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            int start = message.IndexOf('\'') + 1;
            return message.Substring(start, message.IndexOf('\'', start) - start);
        }
    }
}
