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

            int maxValue = -1;
            foreach (KeyValuePair<string, int> key in distinct)
            {
                maxValue = key.Value > maxValue ? key.Value : maxValue;
            }

            if (maxValue + 1 > MatcherTableLayout.MaxValue)
            {
                return TooLarge(distinct.Count, 0, "more than 65534 entries");
            }

            // Tables indexed by character rather than sets and dictionaries: they give the characters in order
            // directly, and the generator's first run pays for every generic collection it instantiates.
            var inAlphabet = new bool[char.MaxValue + 1];
            var startsKey = new bool[char.MaxValue + 1];
            foreach (KeyValuePair<string, int> key in distinct)
            {
                startsKey[key.Key[0]] = true;
                foreach (char c in key.Key)
                {
                    inAlphabet[c] = true;
                }
            }

            char[] alphabet = InOrder(inAlphabet);
            AlphabetHash? hash = AlphabetHash.Build(alphabet);
            if (hash is null)
            {
                return TooLarge(distinct.Count, 0, "more than 8192 distinct characters in the keys");
            }

            var codeOf = new int[char.MaxValue + 1];
            for (int i = 0; i < alphabet.Length; i++)
            {
                codeOf[alphabet[i]] = i + 1;
            }

            var coded = new List<KeyValuePair<int[], int>>(distinct.Count);
            foreach (KeyValuePair<string, int> key in distinct)
            {
                var codes = new int[key.Key.Length];
                for (int i = 0; i < codes.Length; i++)
                {
                    codes[i] = codeOf[key.Key[i]];
                }

                coded.Add(new KeyValuePair<int[], int>(codes, key.Value));
            }

            DoubleArrayTrie trie = DoubleArrayTrie.Build(coded, alphabet.Length);
            if (trie.StateCount >= GlossaryMatcherTables.FreeCheck)
            {
                return TooLarge(distinct.Count, trie.StateCount, "more than 65534 trie states");
            }

            return new MatcherTables(Pack(hash, trie, InOrder(startsKey)), distinct.Count, trie.StateCount, null);
        }

        /// <summary>The characters marked in <paramref name="marked"/> (indexed by character), in ascending order.</summary>
        private static char[] InOrder(bool[] marked)
        {
            var chars = new List<char>();
            for (int c = 0; c < marked.Length; c++)
            {
                if (marked[c])
                {
                    chars.Add((char)c);
                }
            }

            return chars.ToArray();
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
