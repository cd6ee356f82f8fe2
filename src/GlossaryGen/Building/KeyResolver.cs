using System.Collections.Generic;
using System.Linq;
using GlossaryGen.Diagnostics;
using GlossaryGen.Model;

namespace GlossaryGen.Building
{
    /// <summary>
    /// Decides which entry each lookup key finds. The rules, documented in README.md:
    /// an entry's own name (heading, or heading without quote marks) beats a quoted core of another
    /// entry's heading; among equal claims the entry that comes first in <c>All</c> (files ordered by
    /// path) wins; a core that entries with different definitions share finds neither. An entry's name
    /// that entries of other files claim with different definitions is reported (GG0201).
    /// </summary>
    internal static class KeyResolver
    {
        public static List<LookupKey> Resolve(IReadOnlyList<CandidateEntry> entries, List<DiagnosticInfo> diagnostics)
        {
            var claimsByKey = new Dictionary<string, List<KeyClaim>>();
            for (int index = 0; index < entries.Count; index++)
            {
                foreach (KeyClaim claim in ClaimsOf(entries[index].Entry, index))
                {
                    if (!claimsByKey.TryGetValue(claim.Key, out List<KeyClaim>? claims))
                    {
                        claims = new List<KeyClaim>();
                        claimsByKey.Add(claim.Key, claims);
                    }

                    claims.Add(claim);
                }
            }

            var keys = new List<LookupKey>(claimsByKey.Count);
            var reportedConflicts = new HashSet<(int Winner, int Loser)>();
            foreach (KeyValuePair<string, List<KeyClaim>> pair in claimsByKey.OrderBy(p => p.Key, System.StringComparer.Ordinal))
            {
                if (pair.Value.Count == 1)
                {
                    // Most keys have one claimant: nothing to decide, nothing to report.
                    keys.Add(new LookupKey(pair.Key, pair.Value[0].EntryIndex));
                    continue;
                }

                int? winner = Winner(pair.Value, entries);
                if (winner == null)
                {
                    continue;
                }

                keys.Add(new LookupKey(pair.Key, winner.Value));
                if (pair.Value.Any(c => c.EntryIndex == winner.Value && c.Strength == KeyStrength.Name))
                {
                    ReportConflicts(pair.Key, winner.Value, pair.Value, entries, reportedConflicts, diagnostics);
                }
            }

            return keys;
        }

        /// <summary>The keys an entry claims: its heading and term as names, then its quoted cores.</summary>
        public static IEnumerable<KeyClaim> ClaimsOf(KeyedEntry entry, int index)
        {
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (string name in new[] { entry.Heading, entry.Term })
            {
                string key = GlossaryKey.Normalize(name);
                if (key.Length > 0 && seen.Add(key))
                {
                    yield return new KeyClaim(key, index, KeyStrength.Name);
                }
            }

            foreach (string core in entry.Cores)
            {
                string key = GlossaryKey.Normalize(core);
                if (key.Length > 0 && seen.Add(key))
                {
                    yield return new KeyClaim(key, index, KeyStrength.Core);
                }
            }
        }

        private static int? Winner(List<KeyClaim> claims, IReadOnlyList<CandidateEntry> entries)
        {
            KeyStrength strongest = claims.Min(c => c.Strength);
            int first = claims.Where(c => c.Strength == strongest).Min(c => c.EntryIndex);
            if (strongest == KeyStrength.Core && claims.Any(c => c.EntryIndex != first && !entries[c.EntryIndex].SameMeaningAs(entries[first])))
            {
                // A core only finds its entry when no other entry claims it: 一主一特 quoted in two headings
                // (工业“一主一特”, 农业“一主一特”) names neither, so it is no key and no conflict.
                return null;
            }

            return first;
        }

        private static void ReportConflicts(
            string key,
            int winner,
            List<KeyClaim> claims,
            IReadOnlyList<CandidateEntry> entries,
            HashSet<(int Winner, int Loser)> reported,
            List<DiagnosticInfo> diagnostics)
        {
            CandidateEntry chosen = entries[winner];
            foreach (int loser in claims.Select(c => c.EntryIndex).Distinct().OrderBy(i => i))
            {
                CandidateEntry other = entries[loser];
                if (loser == winner || other.File.Path == chosen.File.Path || other.SameMeaningAs(chosen) || !reported.Add((winner, loser)))
                {
                    continue;
                }

                CandidateEntry firstPlace = loser < winner ? other : chosen;
                CandidateEntry secondPlace = loser < winner ? chosen : other;
                diagnostics.Add(new DiagnosticInfo(
                    DiagnosticDescriptors.ConflictingDefinitions.Id,
                    other.Location,
                    new[] { key, firstPlace.Place, secondPlace.Place, chosen.Place }.ToEquatableArray(),
                    new[] { chosen.Location }.ToEquatableArray()));
            }
        }
    }
}
