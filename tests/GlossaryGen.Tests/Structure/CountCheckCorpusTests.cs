using System.Collections.Generic;
using System.Linq;
using GlossaryGen.Structure;
using Xunit;

namespace GlossaryGen.Tests.Structure
{
    /// <summary>
    /// Precision and recall of the count warning on TestData/Structure/numeric-abbreviations.tsv. The exact counts
    /// are asserted so that any change in what is reported shows up here and in docs/count-check.md.
    /// </summary>
    public class CountCheckCorpusTests
    {
        [Fact]
        public void The_corpus_has_the_documented_size()
        {
            IReadOnlyList<CorpusRow> rows = NumericAbbreviationCorpus.Load();

            Assert.Equal(193, rows.Count);
            Assert.Equal(97, rows.Count(row => row.Verdict == NumericAbbreviationCorpus.Consistent));
            Assert.Equal(61, rows.Count(row => row.Verdict == NumericAbbreviationCorpus.Inconsistent));
            Assert.Equal(35, rows.Count(row => row.Verdict == NumericAbbreviationCorpus.NotACount));
        }

        [Fact]
        public void The_warning_is_never_false_on_the_corpus()
        {
            var falseWarnings = NumericAbbreviationCorpus.Load()
                .Where(row => row.Verdict != NumericAbbreviationCorpus.Inconsistent && Warns(row))
                .Select(row => $"line {row.Line}: {row.Term}")
                .ToList();

            Assert.Empty(falseWarnings);
        }

        [Fact]
        public void Precision_is_1_and_recall_is_58_of_61()
        {
            IReadOnlyList<CorpusRow> rows = NumericAbbreviationCorpus.Load();
            int truePositives = rows.Count(row => row.Verdict == NumericAbbreviationCorpus.Inconsistent && Warns(row));
            int falsePositives = rows.Count(row => row.Verdict != NumericAbbreviationCorpus.Inconsistent && Warns(row));
            int inconsistent = rows.Count(row => row.Verdict == NumericAbbreviationCorpus.Inconsistent);

            double precision = (double)truePositives / (truePositives + falsePositives);
            double recall = (double)truePositives / inconsistent;

            Assert.Equal(1.0, precision);
            Assert.Equal(58, truePositives);
            Assert.InRange(recall, 0.950, 0.951);
        }

        [Fact]
        public void The_known_misses_are_the_documented_ones()
        {
            var misses = NumericAbbreviationCorpus.Load()
                .Where(row => row.Verdict == NumericAbbreviationCorpus.Inconsistent && !Warns(row))
                .Select(row => row.Term)
                .ToList();

            Assert.Equal(new[] { "十查十做", "工业一主一特", "两项补贴" }, misses);
        }

        private static bool Warns(CorpusRow row) => EntryStructureAnalyzer.Analyze(row.Term, row.Definition).Mismatch != null;
    }
}
