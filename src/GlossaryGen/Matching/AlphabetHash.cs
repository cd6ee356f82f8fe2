using System.Collections.Generic;

namespace GlossaryGen.Matching
{
    /// <summary>
    /// Maps each character that occurs in a key to a small code (1, 2, …), so the double-array trie is
    /// indexed by code rather than by a character that may be anywhere in 0–65535. The map is an
    /// open-addressing hash table (multiplicative hash, linear probing), at most a quarter full so that
    /// a character in no key, the common case in running text, is rejected after about one probe.
    /// </summary>
    internal sealed class AlphabetHash
    {
        private const uint FirstMultiplier = 0x9E3779B1;
        private const int MultiplierCandidates = 32;

        private AlphabetHash(int bits, uint multiplier, char[] slotChars, char[] slotCodes)
        {
            Bits = bits;
            Multiplier = multiplier;
            SlotChars = slotChars;
            SlotCodes = slotCodes;
        }

        public int Bits { get; }

        public uint Multiplier { get; }

        /// <summary>The character in each slot; '\0' for a free slot.</summary>
        public char[] SlotChars { get; }

        /// <summary>The code of the character in each slot; 0 for a free slot.</summary>
        public char[] SlotCodes { get; }

        /// <summary>
        /// Builds the table for <paramref name="alphabet"/> (distinct characters, none '\0'), whose codes
        /// are their positions + 1. Returns null when the alphabet needs more than 2^15 slots.
        /// </summary>
        public static AlphabetHash? Build(IReadOnlyList<char> alphabet)
        {
            int bits = 2;
            while ((1 << bits) < alphabet.Count * 4)
            {
                bits++;
            }

            if (bits > MatcherTableLayout.MaxHashBits)
            {
                return null;
            }

            // Try a fixed series of odd multipliers and keep the one whose probes are shortest, so the
            // table is the same on every build.
            uint best = FirstMultiplier;
            long bestCost = long.MaxValue;
            uint candidate = FirstMultiplier;
            for (int attempt = 0; attempt < MultiplierCandidates && bestCost > alphabet.Count; attempt++)
            {
                long cost = ProbeCost(alphabet, bits, candidate);
                if (cost < bestCost)
                {
                    bestCost = cost;
                    best = candidate;
                }

                candidate = unchecked((candidate * 1664525u) + 1013904223u) | 1u;
            }

            var chars = new char[1 << bits];
            var codes = new char[1 << bits];
            for (int i = 0; i < alphabet.Count; i++)
            {
                int slot = FreeSlotFor(chars, alphabet[i], bits, best);
                chars[slot] = alphabet[i];
                codes[slot] = (char)(i + 1);
            }

            return new AlphabetHash(bits, best, chars, codes);
        }

        /// <summary>The home slot of <paramref name="c"/>: the same formula the runtime uses.</summary>
        public static int HomeSlot(char c, int bits, uint multiplier) => (int)(unchecked(c * multiplier) >> (32 - bits));

        private static long ProbeCost(IReadOnlyList<char> alphabet, int bits, uint multiplier)
        {
            var chars = new char[1 << bits];
            var occupied = new bool[1 << bits];
            long cost = 0;
            foreach (char c in alphabet)
            {
                int slot = HomeSlot(c, bits, multiplier);
                cost++;
                while (occupied[slot])
                {
                    slot = (slot + 1) & ((1 << bits) - 1);
                    cost++;
                }

                occupied[slot] = true;
                chars[slot] = c;
            }

            return cost;
        }

        private static int FreeSlotFor(char[] chars, char c, int bits, uint multiplier)
        {
            int slot = HomeSlot(c, bits, multiplier);
            while (chars[slot] != '\0')
            {
                slot = (slot + 1) & (chars.Length - 1);
            }

            return slot;
        }
    }
}
