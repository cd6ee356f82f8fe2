using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace GlossaryGen.Benchmarks
{
    /// <summary>The search text (the five seed reports joined) and the strings the generated glossary is found under.</summary>
    internal static class SeedData
    {
        private static readonly string[] Reports =
        {
            "chenzhou-2024.txt", "hengyang-2019.txt", "lingling-2024.txt", "yiyang-2024.txt", "yongzhou-2024.txt",
        };

        public static string JoinedReports()
            => string.Join("\n", Reports.Select(name => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reports", name))));

        /// <summary>
        /// Every lookup form of every entry (heading, heading without quote marks, quoted core) that the
        /// generated Lookup resolves to that entry, so the baselines search for what Find searches for.
        /// </summary>
        public static string[] LookupKeys()
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (GlossaryEntry entry in Glossary.All)
            {
                var forms = new List<string> { GlossaryKey.Normalize(entry.Heading), GlossaryKey.RemoveQuotes(entry.Heading), entry.Term };
                forms.AddRange(Regex.Matches(entry.Heading, "“([^”]+)”").Select(match => match.Groups[1].Value));
                foreach (string form in forms)
                {
                    if (form.Length > 0 && ReferenceEquals(Glossary.Lookup(form), entry))
                    {
                        keys.Add(form);
                    }
                }
            }

            return keys.OrderBy(key => key, StringComparer.Ordinal).ToArray();
        }

        /// <summary>Quoted phrases of the reports that are no glossary key: realistic misses.</summary>
        public static string[] Misses(ISet<string> keys)
            => Regex.Matches(JoinedReports(), "“([^“”\n]{2,12})”")
                .Select(match => match.Groups[1].Value)
                .Where(phrase => !keys.Contains(phrase) && Glossary.Lookup(phrase) == null)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(phrase => phrase, StringComparer.Ordinal)
                .Take(64)
                .ToArray();
    }
}
