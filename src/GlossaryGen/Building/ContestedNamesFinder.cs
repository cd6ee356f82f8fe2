using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using GlossaryGen.Model;

namespace GlossaryGen.Building
{
    /// <summary>
    /// Finds the keys and identifiers that more than one entry claims (or that the generated class reserves).
    /// Everything the index decides by comparing definitions (merging, conflicts, shared cores) and every place
    /// it reports involves such an entry, so the index needs the definitions and lines of those entries only.
    /// </summary>
    internal static class ContestedNamesFinder
    {
        public static ContestedNames Find(ImmutableArray<FileKeys> files, GeneratedNames names)
        {
            var keyClaims = new Dictionary<string, int>(System.StringComparer.Ordinal);
            var identifierClaims = new Dictionary<string, int>(System.StringComparer.Ordinal)
            {
                [names.Terms] = 1,
                [names.Definitions] = 1,
                [names.Files] = 1,
            };
            foreach (FileKeys file in files)
            {
                foreach (KeyedEntry entry in file.Entries)
                {
                    foreach (KeyClaim claim in KeyResolver.ClaimsOf(entry, 0))
                    {
                        Count(keyClaims, claim.Key);
                    }

                    Count(identifierClaims, WantedIdentifier(entry.Term));
                }
            }

            return new ContestedNames(Contested(keyClaims), Contested(identifierClaims));
        }

        /// <summary>Whether <paramref name="entry"/> claims a contested key or identifier.</summary>
        public static bool IsContested(KeyedEntry entry, HashSet<string> keys, HashSet<string> identifiers)
            => identifiers.Contains(WantedIdentifier(entry.Term)) || KeyResolver.ClaimsOf(entry, 0).Any(claim => keys.Contains(claim.Key));

        /// <summary>The identifier an entry asks for; terms with nothing usable all ask for the same one.</summary>
        private static string WantedIdentifier(string term) => IdentifierMapper.FromTerm(term, -1);

        private static void Count(Dictionary<string, int> claims, string name)
            => claims[name] = claims.TryGetValue(name, out int count) ? count + 1 : 1;

        private static EquatableArray<string> Contested(Dictionary<string, int> claims)
            => claims.Where(pair => pair.Value > 1).Select(pair => pair.Key).OrderBy(name => name, System.StringComparer.Ordinal).ToEquatableArray();
    }
}
