using System;
using System.Collections.Generic;
using System.Linq;
using GlossaryGen.Abbreviations;

namespace GlossaryGen
{
    /// <summary>
    /// Finds the quoted numeric abbreviations of a text (“三高四新”, “四好农村路”, “137”, “3+1”): short
    /// quoted text with a number that counts its parts, not ordinary quoted phrases, quotations, dates,
    /// percentages or book titles. The generator applies the same rule to report bodies for its GG0501
    /// diagnostic; this is the same check at run time, for texts the build never saw.
    /// </summary>
    public static class QuotedAbbreviations
    {
        /// <summary>Returns the abbreviations <paramref name="text"/> quotes, in order of first use.</summary>
        public static IReadOnlyList<QuotedAbbreviation> Find(string text)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            return QuotedAbbreviationFinder.Find(text, text.Length)
                .Select(found => new QuotedAbbreviation(found.Term, found.FirstStart, found.Count))
                .ToArray();
        }

        /// <summary>Whether quoted text (without its quote marks) is a numeric abbreviation by this rule.</summary>
        public static bool IsNumericAbbreviation(string quoted) => QuotedAbbreviationRule.IsNumericAbbreviation(quoted);
    }
}
