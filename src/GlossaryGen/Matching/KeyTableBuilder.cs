using System.Collections.Generic;
using System.Text;
using GlossaryGen.Model;

namespace GlossaryGen.Matching
{
    /// <summary>The lookup tables of one glossary: the hash table and the key text <see cref="GlossaryKeyTable"/> reads.</summary>
    internal sealed record KeyTable(string Table, string KeyText)
    {
        /// <summary>A table of one empty slot: every lookup misses.</summary>
        public static KeyTable Empty { get; } = new KeyTable(
            new string((char)GlossaryKeyTable.Version, 1) + (char)1 + new string('\0', GlossaryKeyTable.HeaderLength - 2 + (2 * GlossaryKeyTable.RecordWidth)),
            string.Empty);

        /// <summary>The header's layout version, written into the generated lookup as a constant the runtime checks.</summary>
        public int Version => Table[GlossaryKeyTable.VersionAt];

        /// <summary>The header's hash bits, written into the generated lookup as a constant.</summary>
        public int Bits => Table[GlossaryKeyTable.BitsAt];

        public int PositionA => Table[GlossaryKeyTable.PositionAAt];

        public int PositionB => Table[GlossaryKeyTable.PositionBAt];

        public int PositionC => Table[GlossaryKeyTable.PositionCAt];

        public uint Seed => Table[GlossaryKeyTable.SeedLowAt] | ((uint)Table[GlossaryKeyTable.SeedHighAt] << 16);
    }

    /// <summary>
    /// Builds the lookup hash table at compile time. Hashing three characters and the length is cheaper than
    /// hashing the whole key; the builder tries a few choices of characters and seeds and keeps the one whose
    /// keys collide least, so a hit is almost always one comparison. A pure function of the keys.
    /// </summary>
    internal static class KeyTableBuilder
    {
        /// <summary>
        /// The most keys a table holds: the first layout stored a record number + 1 per slot in one code unit. Slots now
        /// hold their records, so the bound could rise; GG0203 and its documentation name this one.
        /// </summary>
        public const int MaxKeys = 65534;

        private static readonly (int A, int B)[] StartPositions = { (0, 1), (0, 2), (1, 2), (0, 3), (1, 3), (2, 3) };
        private static readonly uint[] Seeds = { 0x2F1A7C55u, 0x9B3D40E1u, 0x61C88647u, 0xD35A2D97u };

        /// <summary>
        /// Builds the tables for <paramref name="keys"/>, sorted by key; null when there are more than <see cref="MaxKeys"/>,
        /// or when their text exceeds the 16M code units a record can address (which needs keys of 256 characters on average).
        /// </summary>
        public static KeyTable? Build(IReadOnlyList<LookupKey> keys)
        {
            if (keys.Count > MaxKeys)
            {
                return null;
            }

            int bits = 1;
            while ((1 << bits) < 2 * keys.Count)
            {
                bits++;
            }

            var keyText = new StringBuilder();
            var offsets = new int[keys.Count];
            for (int i = 0; i < keys.Count; i++)
            {
                offsets[i] = keyText.Length;
                keyText.Append(keys[i].Key);
            }

            if (keyText.Length >= GlossaryKeyTable.MaxKeyTextLength)
            {
                return null;
            }

            // Small glossaries try every choice, looking for one without any collision; large ones stop at the
            // first choice that spreads the keys about as well as a random hash would (linear probing at half
            // load: about half an extra probe per key), so the generator's run stays linear.
            long goodEnough = keys.Count > 256 ? keys.Count / 2 : 0;
            int[]? best = null;
            (int A, int B, int C, uint Seed) bestChoice = default;
            long bestCost = long.MaxValue;
            foreach (uint seed in Seeds)
            {
                foreach ((int a, int b) in StartPositions)
                {
                    for (int c = 0; c < 3 && bestCost > goodEnough; c++)
                    {
                        int[] slots = Place(keys, bits, a, b, c, seed, out long cost);
                        if (cost < bestCost)
                        {
                            best = slots;
                            bestCost = cost;
                            bestChoice = (a, b, c, seed);
                        }
                    }
                }
            }

            var table = new StringBuilder(GlossaryKeyTable.HeaderLength + ((1 << bits) * GlossaryKeyTable.RecordWidth));
            table.Append((char)GlossaryKeyTable.Version)
                .Append((char)bits)
                .Append((char)bestChoice.A)
                .Append((char)bestChoice.B)
                .Append((char)bestChoice.C)
                .Append((char)(bestChoice.Seed & 0xFFFF))
                .Append((char)(bestChoice.Seed >> 16));
            foreach (int record in best ?? new int[1 << bits])
            {
                if (record == 0)
                {
                    table.Append('\0', GlossaryKeyTable.RecordWidth);
                    continue;
                }

                int i = record - 1;
                string key = keys[i].Key;
                uint hash = GlossaryKeyTable.Hash(key, 0, key.Length, bestChoice.A, bestChoice.B, bestChoice.C, bestChoice.Seed);
                table.Append((char)key.Length)
                    .Append((char)((GlossaryKeyTable.Fingerprint(hash, bits) << 8) | (offsets[i] >> 16)))
                    .Append((char)(offsets[i] & 0xFFFF))
                    .Append((char)(keys[i].EntryIndex & 0xFFFF))
                    .Append((char)(keys[i].EntryIndex >> 16));
            }

            return new KeyTable(table.ToString(), keyText.ToString());
        }

        /// <summary>Places every key by linear probing; <paramref name="cost"/> is the number of extra probes hits need.</summary>
        private static int[] Place(IReadOnlyList<LookupKey> keys, int bits, int a, int b, int c, uint seed, out long cost)
        {
            int mask = (1 << bits) - 1;
            var slots = new int[mask + 1];
            cost = 0;
            for (int i = 0; i < keys.Count; i++)
            {
                string key = keys[i].Key;
                if (key.Length == 0)
                {
                    // No lookup finds an empty key, and its length 0 would read as an empty slot.
                    continue;
                }

                int slot = GlossaryKeyTable.Slot(GlossaryKeyTable.Hash(key, 0, key.Length, a, b, c, seed), bits);
                while (slots[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                    cost++;
                }

                slots[slot] = i + 1;
            }

            return slots;
        }
    }
}
