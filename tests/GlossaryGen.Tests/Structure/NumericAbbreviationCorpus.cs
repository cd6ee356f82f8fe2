using System;
using System.Collections.Generic;
using System.IO;

namespace GlossaryGen.Tests.Structure
{
    /// <summary>One row of TestData/Structure/numeric-abbreviations.tsv.</summary>
    internal sealed record CorpusRow(string Verdict, string Term, string Definition, string Source, int Line);

    /// <summary>
    /// Reads the corpus of numeric abbreviations: tab-separated <c>verdict, term, definition, source</c>,
    /// one per line, <c>#</c> starting a comment line.
    /// </summary>
    internal static class NumericAbbreviationCorpus
    {
        public const string Consistent = "consistent";
        public const string Inconsistent = "inconsistent";
        public const string NotACount = "not-a-count";

        public static IReadOnlyList<CorpusRow> Load()
        {
            string path = Path.Combine(AppContext.BaseDirectory, "TestData", "Structure", "numeric-abbreviations.tsv");
            var rows = new List<CorpusRow>();
            string[] lines = File.ReadAllLines(path);
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i];
                if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
                {
                    continue;
                }

                string[] fields = line.Split('\t');
                if (fields.Length != 4 || (fields[0] != Consistent && fields[0] != Inconsistent && fields[0] != NotACount))
                {
                    throw new InvalidDataException($"numeric-abbreviations.tsv line {i + 1} is not 'verdict<TAB>term<TAB>definition<TAB>source'.");
                }

                rows.Add(new CorpusRow(fields[0], fields[1], fields[2], fields[3], i + 1));
            }

            return rows;
        }
    }
}
