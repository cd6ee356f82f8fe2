using System.Linq;
using GlossaryGen.Abbreviations;
using GlossaryGen.Tests.Matching;
using Xunit;

namespace GlossaryGen.Tests.Abbreviations
{
    public class RuntimeQuotedAbbreviationsTests
    {
        [Fact]
        public void Runtime_finds_what_the_generator_reports_for_every_seed_report()
        {
            foreach (string name in SeedTexts.ReportNames)
            {
                string text = SeedTexts.Read(name);

                var atRunTime = QuotedAbbreviations.Find(text).Select(a => (a.Term, a.FirstIndex, a.Count));
                var atBuildTime = QuotedAbbreviationScanner.Scan(text).Select(u => (u.Term, u.FirstRange.Start, u.Count));

                Assert.Equal(atBuildTime, atRunTime);
            }
        }

        [Fact]
        public void Runtime_reports_first_quoted_index_and_uses()
        {
            const string text = "推进“三高四新”战略，三高四新成效明显，“千年鸟道”。";

            var found = Assert.Single(QuotedAbbreviations.Find(text));

            Assert.Equal("三高四新", found.Term);
            Assert.Equal(3, found.FirstIndex);
            Assert.Equal(2, found.Count);
        }
    }
}
