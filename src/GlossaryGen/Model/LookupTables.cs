using GlossaryGen.Matching;

namespace GlossaryGen.Model
{
    /// <summary>
    /// The tables built from the lookup keys alone, a step of their own: the hash table of the lookups and the
    /// trie of the matcher. Equal as long as the keys and the entries they find are.
    /// </summary>
    /// <param name="Keys">The lookup hash table; null when there are too many keys for it.</param>
    /// <param name="Matcher">The matcher's tables.</param>
    /// <param name="Failure">GG9999 when building the tables failed.</param>
    internal sealed record LookupTables(KeyTable? Keys, MatcherTables Matcher, DiagnosticInfo? Failure = null)
    {
        /// <summary>Why a table could not be built, for GG0203; null when both fit.</summary>
        public string? Problem => Keys == null
            ? "the glossary is too large for the lookup table: more than " + KeyTableBuilder.MaxKeys.ToString(System.Globalization.CultureInfo.InvariantCulture) + " keys, or more than 16M characters of keys"
            : Matcher.Problem;
    }
}
