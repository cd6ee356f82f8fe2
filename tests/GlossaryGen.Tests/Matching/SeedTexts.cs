using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace GlossaryGen.Tests.Matching
{
    /// <summary>The five seed reports, and a realistic key set taken from them.</summary>
    internal static class SeedTexts
    {
        public static readonly string[] ReportNames =
        {
            "chenzhou-2024.txt", "hengyang-2019.txt", "lingling-2024.txt", "yiyang-2024.txt", "yongzhou-2024.txt",
        };

        public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reports", name));

        public static string AllJoined() => string.Join("\n", ReportNames.Select(Read));

        /// <summary>
        /// Every quoted phrase of the reports (“三送三解三优”, “三高四新”, …) as a key, each its own entry,
        /// plus each phrase's first two and three characters: hundreds of keys, many of them prefixes
        /// of others, which is what makes leftmost-longest matching hard.
        /// </summary>
        public static IReadOnlyList<KeyValuePair<string, int>> QuotedPhraseKeys()
        {
            var phrases = Regex.Matches(AllJoined(), "“([^“”\n]{1,16})”")
                .Cast<Match>()
                .Select(match => match.Groups[1].Value)
                .ToList();
            var keys = phrases
                .Concat(phrases.Where(p => p.Length > 3).Select(p => p.Substring(0, 2)))
                .Concat(phrases.Where(p => p.Length > 4).Select(p => p.Substring(0, 3)))
                .Distinct(StringComparer.Ordinal)
                .OrderBy(key => key, StringComparer.Ordinal)
                .ToList();
            return keys.Select((key, i) => new KeyValuePair<string, int>(key, i)).ToList();
        }
    }
}
