using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using GlossaryGen.Abbreviations;
using GlossaryGen.Model;
using GlossaryGen.Tests.Matching;
using Xunit;

namespace GlossaryGen.Tests.Abbreviations
{
    public class UndefinedAbbreviationsTests
    {
        [Fact]
        public void Abbreviation_defined_by_a_glossary_of_the_project_is_not_reported()
        {
            var reports = new[] { Report("yongzhou-2024.txt"), Report("hengyang-2019.txt") };

            var diagnostics = UndefinedAbbreviations.Find(reports, LinglingDefinedTerms());

            Assert.DoesNotContain(diagnostics, d => d.Arguments[0] == "四好农村路");
            Assert.DoesNotContain(diagnostics, d => d.Arguments[0] == "发展六仗");
            Assert.Contains(diagnostics, d => d.Arguments[0] == "三高四新");
        }

        [Fact]
        public void Abbreviation_no_glossary_defines_is_reported_once_at_its_first_use_with_all_uses_counted()
        {
            var reports = new[] { Report("yongzhou-2024.txt"), Report("hengyang-2019.txt") };

            var diagnostics = UndefinedAbbreviations.Find(reports, new string[0]);

            DiagnosticInfo road = Assert.Single(diagnostics, d => d.Arguments[0] == "四好农村路");
            Assert.Equal("GG0501", road.Id);
            Assert.Equal("2", road.Arguments[1]);
            Assert.Equal("Reports/hengyang-2019.txt", road.Location!.Path);
            Assert.Equal("Reports/yongzhou-2024.txt", Assert.Single(road.AdditionalLocations).Path);
            Assert.Equal(diagnostics.Count, diagnostics.Select(d => d.Arguments[0]).Distinct().Count());
        }

        [Fact]
        public void Diagnostics_come_in_file_then_text_order_whatever_the_order_of_the_reports()
        {
            var reports = new[] { Report("yongzhou-2024.txt"), Report("chenzhou-2024.txt"), Report("hengyang-2019.txt") };

            var forward = UndefinedAbbreviations.Find(reports, new string[0]);
            var backward = UndefinedAbbreviations.Find(reports.Reverse(), new string[0]);

            Assert.Equal(forward, backward);
            Assert.Equal("Reports/chenzhou-2024.txt", forward[0].Location!.Path);
            var offsets = forward.Where(d => d.Location!.Path == "Reports/chenzhou-2024.txt").Select(d => d.Location!.Range.Start).ToList();
            Assert.Equal(offsets.OrderBy(o => o), offsets);
        }

        private static ReportAbbreviations Report(string name)
            => new ReportAbbreviations("Reports/" + name, QuotedAbbreviationScanner.Scan(SeedTexts.Read(name)));

        /// <summary>
        /// The lookup forms of lingling's glossary headings (n.“term”：…): the heading, the heading
        /// without quote marks and each quoted core, as the project's keys would hold them.
        /// </summary>
        private static IEnumerable<string> LinglingDefinedTerms()
        {
            foreach (Match entry in Regex.Matches(SeedTexts.Read("lingling-2024.txt"), @"^\d+\.(.+?)：", RegexOptions.Multiline))
            {
                string heading = entry.Groups[1].Value.Trim();
                yield return heading;
                yield return heading.Replace("“", string.Empty).Replace("”", string.Empty);
                foreach (Match core in Regex.Matches(heading, "“(.+?)”"))
                {
                    yield return core.Groups[1].Value;
                }
            }
        }
    }
}
