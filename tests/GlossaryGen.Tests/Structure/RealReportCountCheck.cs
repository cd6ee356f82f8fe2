using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GlossaryGen.Model;
using GlossaryGen.Parsing;
using GlossaryGen.Structure;
using GlossaryGen.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace GlossaryGen.Tests.Structure
{
    /// <summary>
    /// The count check and Items on real reports, when the development corpus (../shared/corpus beside the repository,
    /// not part of it) is present; without it the test only says so. Nothing from the reports is written anywhere but the
    /// test output. The figures are recorded in docs/count-check.md.
    /// </summary>
    public class RealReportCountCheck
    {
        /// <summary>At most one GG0401 per this many reports.</summary>
        private const int ReportsPerWarning = 25;

        private const double MinRecall = 0.85;

        private readonly ITestOutputHelper _output;

        public RealReportCountCheck(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public void On_real_reports_the_check_is_rare_and_catches_a_removed_item()
        {
            string corpus = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "corpus"));
            if (!Directory.Exists(corpus))
            {
                _output.WriteLine("No corpus at " + corpus + "; nothing measured.");
                return;
            }

            var figures = new Figures();
            foreach (string file in Directory.GetFiles(corpus, "*.md").Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal))
            {
                figures.Reports++;
                ParsedGlossary glossary = GlossaryParser.Parse(File.ReadAllText(file), Path.GetFileName(file));
                if (glossary.SectionStartLine == 0)
                {
                    continue;
                }

                figures.MarkerMismatches += glossary.Diagnostics.Count(d => d.Id == "GG0106");
                foreach (ParsedEntry entry in glossary.Entries)
                {
                    Measure(entry, figures);
                }
            }

            _output.WriteLine($"reports {figures.Reports}, GG0401 {figures.Warnings}, GG0106 {figures.MarkerMismatches}");
            _output.WriteLine($"countable terms {figures.Countable}, with items {figures.WithItems}, items matching the count {figures.ItemsMatch}");
            _output.WriteLine($"plain lists {figures.PlainLists}, warned intact {figures.WarnedIntact}, one item removed caught {figures.Caught} of {figures.Mutants}");

            Assert.True(figures.Warnings * ReportsPerWarning <= figures.Reports, $"{figures.Warnings} GG0401 in {figures.Reports} reports");
            Assert.Equal(0, figures.WarnedIntact);
            Assert.True(figures.Caught >= MinRecall * figures.Mutants, $"caught {figures.Caught} of {figures.Mutants}");
        }

        private static void Measure(ParsedEntry entry, Figures figures)
        {
            EntryStructure structure = EntryStructureAnalyzer.Analyze(entry.Term, entry.Definition);
            if (structure.Mismatch != null)
            {
                figures.Warnings++;
            }

            AnnouncedCount? announced = TermCountReader.Read(entry.Term);
            if (announced == null || announced.IsWeak || announced.IsOpenEnded)
            {
                return;
            }

            figures.Countable++;
            if (structure.Items.Count > 0)
            {
                figures.WithItems++;
            }

            bool paired = CountedReadings.IsPairedShape(announced) && structure.Items.Count == announced.Parts[0].Count;
            if (structure.Items.Count == announced.Total || paired)
            {
                figures.ItemsMatch++;
            }

            List<string>? items = PlainListOfAnnouncedLength(entry.Definition, announced);
            if (items == null)
            {
                return;
            }

            figures.PlainLists++;
            if (structure.Mismatch != null)
            {
                figures.WarnedIntact++;
            }

            // One copy per list, the removed item chosen by a fixed rule so the figure is stable.
            int removed = (entry.Term.Length + items.Count) % items.Count;
            string mutated = string.Join("、", items.Where((item, i) => i != removed)) + "。";
            figures.Mutants++;
            if (EntryStructureAnalyzer.Analyze(entry.Term, mutated).Mismatch != null)
            {
                figures.Caught++;
            }
        }

        /// <summary>
        /// A definition that is a plain 、 list of exactly the announced number, decided here without the analyzer: an
        /// optional 指/即/包括 first, then only 、 separators, no 等 or colon, items of 2 to 40 characters without numbers.
        /// </summary>
        private static List<string>? PlainListOfAnnouncedLength(string definition, AnnouncedCount announced)
        {
            if (announced.Shape == CountShape.DigitGroups)
            {
                return null;
            }

            string body = ItemText.TrimEdges(definition);
            foreach (string leadIn in new[] { "主要包括", "具体包括", "分别是", "指的是", "是指", "包括", "指", "即" })
            {
                if (body.StartsWith(leadIn, StringComparison.Ordinal))
                {
                    body = body.Substring(leadIn.Length);
                    break;
                }
            }

            List<string> items = TopLevelSplitter.Split(body, "、");
            bool plain = TopLevelSplitter.SeparatorKinds(body) == 1 && items.Count == announced.Total && items.Count >= 3
                && body.IndexOf('等') < 0 && body.IndexOfAny(new[] { '：', ':' }) < 0
                && items.All(item => item.Length >= 2 && item.Length <= 40) && !ItemList.HasNumberInside(items);
            return plain ? items : null;
        }

        private sealed class Figures
        {
            public int Reports;
            public int Warnings;
            public int MarkerMismatches;
            public int Countable;
            public int WithItems;
            public int ItemsMatch;
            public int PlainLists;
            public int WarnedIntact;
            public int Mutants;
            public int Caught;
        }
    }
}
