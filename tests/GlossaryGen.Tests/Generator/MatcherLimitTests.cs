using System.Linq;
using System.Text;
using GlossaryGen.Tests.Infrastructure;
using Xunit;

namespace GlossaryGen.Tests.Generator
{
    public class MatcherLimitTests
    {
        [Fact]
        public void Glossaries_beyond_the_matcher_tables_are_reported_and_lookups_still_generated()
        {
            // 9,000 distinct key characters: more than the matcher's alphabet table holds.
            var text = new StringBuilder();
            for (int i = 0; i < 3000; i++)
            {
                char first = (char)(0x4E00 + (3 * i));
                text.Append(i + 1).Append('.').Append(first).Append((char)(first + 1)).Append((char)(first + 2)).Append("：释义。\n");
            }

            GeneratorRun run = GeneratorHarness.Run(new[] { new InMemoryAdditionalText("/p/large.glossary.txt", text.ToString()) });

            Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "GG0203" && d.GetMessage().Contains("8192 distinct characters"));
            Assert.Contains("case 3: return Definitions.", run.Source("Glossary.Matcher.g.cs"));
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785" || d.Id == "GG9999");
        }
    }
}
