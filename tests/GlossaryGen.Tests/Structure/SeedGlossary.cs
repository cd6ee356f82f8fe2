using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace GlossaryGen.Tests.Structure
{
    /// <summary>
    /// The glossary entries of the two seed reports, read with a deliberately simple line pattern so these tests
    /// do not depend on the real parser. Terms are canonical: quote marks removed.
    /// </summary>
    internal static class SeedGlossary
    {
        private static readonly Regex YiyangEntry = new Regex(@"^\[(\d+)\](.+?)：(.+)$");
        private static readonly Regex LinglingEntry = new Regex(@"^(?:\[bookmark: _GoBack\])?(\d+)\.(.+?)：(.+)$");

        public static IReadOnlyList<(string Term, string Definition)> Yiyang() => Read("yiyang-2024.txt", "名 词 解 释", YiyangEntry);

        public static IReadOnlyList<(string Term, string Definition)> Lingling() => Read("lingling-2024.txt", "名词解释：", LinglingEntry);

        public static IEnumerable<(string Term, string Definition)> All()
        {
            foreach (var entry in Yiyang())
            {
                yield return entry;
            }

            foreach (var entry in Lingling())
            {
                yield return entry;
            }
        }

        private static IReadOnlyList<(string Term, string Definition)> Read(string fileName, string heading, Regex entryPattern)
        {
            string[] lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Reports", fileName));
            var entries = new List<(string, string)>();
            bool inGlossary = false;
            foreach (string line in lines)
            {
                if (line.Trim() == heading)
                {
                    inGlossary = true;
                    continue;
                }

                Match match = entryPattern.Match(line.Trim());
                if (inGlossary && match.Success)
                {
                    string term = match.Groups[2].Value.Replace("“", string.Empty).Replace("”", string.Empty);
                    entries.Add((term, match.Groups[3].Value));
                }
            }

            return entries;
        }
    }
}
