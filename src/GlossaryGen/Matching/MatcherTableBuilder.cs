using System.Collections.Generic;
using System.Linq;
using GlossaryGen.Model;

namespace GlossaryGen.Matching
{
    /// <summary>
    /// Builds the tables of a glossary's matcher from its lookup keys: an alphabet hash and a
    /// double-array trie, packed in one string the runtime's <c>GlossaryMatcher</c> reads. A pure
    /// function of the keys, so the emitted tables are the same on every build.
    /// </summary>
    internal static class MatcherTableBuilder
    {
        public static MatcherTables Build(IEnumerable<LookupKey> keys)
            => Build(keys.Select(key => new KeyValuePair<string, int>(key.Key, key.EntryIndex)));

        /// <summary>
        /// Builds tables for <paramref name="keys"/> (key, entry index). Empty keys and keys holding '\0'
        /// cannot occur in running text as a term and are left out; when a key is given twice, the first
        /// entry is kept.
        /// </summary>
        public static MatcherTables Build(IEnumerable<KeyValuePair<string, int>> keys)
        {
            var distinct = new List<KeyValuePair<string, int>>();
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (KeyValuePair<string, int> key in keys)
            {
                if (key.Key.Length > 0 && key.Key.IndexOf('\0') < 0 && key.Value >= 0 && seen.Add(key.Key))
                {
                    distinct.Add(key);
                }
            }

            if (distinct.Count > 0 && distinct.Max(key => key.Value) + 1 > MatcherTableLayout.MaxValue)
            {
                return TooLarge(distinct.Count, 0, "more than 65534 entries");
            }

            char[] alphabet = distinct.SelectMany(key => key.Key).Distinct().OrderBy(c => c).ToArray();
            AlphabetHash? hash = AlphabetHash.Build(alphabet);
            if (hash is null)
            {
                return TooLarge(distinct.Count, 0, "more than 8192 distinct characters in the keys");
            }

            var codeOf = new Dictionary<char, int>();
            for (int i = 0; i < alphabet.Length; i++)
            {
                codeOf.Add(alphabet[i], i + 1);
            }

            var coded = distinct
                .Select(key => new KeyValuePair<int[], int>(key.Key.Select(c => codeOf[c]).ToArray(), key.Value))
                .ToList();
            DoubleArrayTrie trie = DoubleArrayTrie.Build(coded, alphabet.Length);
            if (trie.StateCount >= GlossaryMatcherTables.FreeCheck)
            {
                return TooLarge(distinct.Count, trie.StateCount, "more than 65534 trie states");
            }

            char[] starts = distinct.Select(key => key.Key[0]).Distinct().OrderBy(c => c).ToArray();
            return new MatcherTables(Pack(hash, trie, starts), distinct.Count, trie.StateCount, null);
        }

        private static string Pack(AlphabetHash hash, DoubleArrayTrie trie, char[] starts)
        {
            int slots = hash.SlotChars.Length;
            var data = new char[GlossaryMatcherTables.HeaderLength
                + (slots * GlossaryMatcherTables.AlphabetSlotWidth)
                + (trie.StateCount * GlossaryMatcherTables.StateWidth)
                + starts.Length];
            data[GlossaryMatcherTables.VersionAt] = (char)GlossaryMatcherTables.Version;
            data[GlossaryMatcherTables.MultiplierLowAt] = (char)(hash.Multiplier & 0xFFFF);
            data[GlossaryMatcherTables.MultiplierHighAt] = (char)(hash.Multiplier >> 16);
            data[GlossaryMatcherTables.HashBitsAt] = (char)hash.Bits;
            data[GlossaryMatcherTables.StateCountAt] = (char)trie.StateCount;
            data[GlossaryMatcherTables.StartCountAt] = (char)starts.Length;

            int at = GlossaryMatcherTables.HeaderLength;
            for (int slot = 0; slot < slots; slot++)
            {
                data[at++] = hash.SlotChars[slot];
                data[at++] = hash.SlotCodes[slot];
            }

            for (int state = 0; state < trie.StateCount; state++)
            {
                int check = trie.Checks[state];
                data[at + GlossaryMatcherTables.CheckOffset] = check < 0 ? GlossaryMatcherTables.FreeCheck : (char)check;
                data[at + GlossaryMatcherTables.ValueOffset] = (char)trie.Values[state];
                data[at + GlossaryMatcherTables.BaseOffset] = (char)trie.Bases[state];
                at += GlossaryMatcherTables.StateWidth;
            }

            starts.CopyTo(data, at);
            return new string(data);
        }

        private static MatcherTables TooLarge(int keyCount, int stateCount, string reason)
            => new MatcherTables(null, keyCount, stateCount, "the glossary is too large for the matcher tables: " + reason);
    }
}
