using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GlossaryGen.Diagnostics;
using GlossaryGen.Model;

namespace GlossaryGen.Abbreviations
{
    /// <summary>
    /// Turns the abbreviations of every report of the project into GG0501 diagnostics, one per
    /// abbreviation that no glossary of the project defines.
    /// </summary>
    internal static class UndefinedAbbreviations
    {
        /// <summary>
        /// Returns one GG0501 per undefined abbreviation, at its first quoted use (reports ordered by
        /// path), with its uses counted over all reports and its first quoted use in each other report as
        /// additional locations. An abbreviation is defined when it equals a lookup key or a term of
        /// any glossary in the project.
        /// </summary>
        /// <param name="reports">The scanned reports, in any order.</param>
        /// <param name="definedTerms">Every lookup key and entry term of the project's glossaries.</param>
        public static EquatableArray<DiagnosticInfo> Find(IEnumerable<ReportAbbreviations> reports, IEnumerable<string> definedTerms)
        {
            var defined = new HashSet<string>(definedTerms, StringComparer.Ordinal);
            var byTerm = new Dictionary<string, List<(string Path, AbbreviationUse Use)>>(StringComparer.Ordinal);
            var order = new List<string>();
            foreach (ReportAbbreviations report in reports.OrderBy(report => report.Path, StringComparer.Ordinal))
            {
                foreach (AbbreviationUse use in report.Uses)
                {
                    if (defined.Contains(use.Term))
                    {
                        continue;
                    }

                    if (!byTerm.TryGetValue(use.Term, out var uses))
                    {
                        uses = new List<(string, AbbreviationUse)>();
                        byTerm.Add(use.Term, uses);
                        order.Add(use.Term);
                    }

                    uses.Add((report.Path, use));
                }
            }

            return order
                .Select(term => ToDiagnostic(term, byTerm[term]))
                .ToEquatableArray();
        }

        /// <summary>Every string the project's glossaries define: each lookup key (headings normalized among them) and term.</summary>
        public static IEnumerable<string> DefinedTerms(GlossaryIndex? index)
        {
            if (index is null)
            {
                return Enumerable.Empty<string>();
            }

            return index.Keys.Select(key => key.Key).Concat(index.Entries.Select(entry => entry.Term));
        }

        private static DiagnosticInfo ToDiagnostic(string term, List<(string Path, AbbreviationUse Use)> uses)
        {
            int count = uses.Sum(use => use.Use.Count);
            return new DiagnosticInfo(
                DiagnosticDescriptors.UndefinedAbbreviation.Id,
                new FileLocation(uses[0].Path, uses[0].Use.FirstRange),
                new[] { term, count.ToString(CultureInfo.InvariantCulture) }.ToEquatableArray(),
                uses.Skip(1).Select(use => new FileLocation(use.Path, use.Use.FirstRange)).ToEquatableArray());
        }
    }
}
