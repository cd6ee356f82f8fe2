// Compiled into the runtime (public) and into the generator (internal, another namespace): the generator
// builds the tables with the same hash the generated lookups run, so the two cannot drift apart.
#if GLOSSARYGEN_GENERATOR
namespace GlossaryGen.Matching
#else
namespace GlossaryGen
#endif
{
#if GLOSSARYGEN_GENERATOR
    // The generator's own copy: the runtime's public GlossaryKey is visible to it too, and must not be used.
    using GlossaryKey = GlossaryGen.Building.GlossaryKey;

#endif
    /// <summary>
    /// The lookup behind a generated glossary's <c>Expand</c>, <c>TryExpand</c>, <c>Lookup</c> and <c>IndexOf</c>:
    /// an open-addressing hash table over the normalized keys, chosen at compile time and stored in a
    /// <c>const string</c>, so nothing is built at start-up, and compared in place, so no argument allocates.
    /// Generated code calls it; applications need not.
    /// </summary>
    /// <remarks>
    /// <para>The table is one string of UTF-16 code units, each a number from 0 to 65535.</para>
    /// <para>Header: version, hash bits, positions A and B (from the key's start) and C (from its end) of the
    /// three characters hashed with the length, seed (low, high 16 bits).</para>
    /// <para>Slots: 2^bits code units, each a record number + 1, 0 for an empty slot; linear probing.</para>
    /// <para>Records: per key, its length, its offset in the key text (low, high) and its entry's index (low, high).</para>
    /// <para>The key text is a second string: every key, one after the other.</para>
    /// </remarks>
#if !GLOSSARYGEN_GENERATOR
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public
#else
    internal
#endif
    static class GlossaryKeyTable
    {
        /// <summary>The layout version; generated code and runtime must agree on it.</summary>
        public const int Version = 1;

        internal const int VersionAt = 0;
        internal const int BitsAt = 1;
        internal const int PositionAAt = 2;
        internal const int PositionBAt = 3;
        internal const int PositionCAt = 4;
        internal const int SeedLowAt = 5;
        internal const int SeedHighAt = 6;
        internal const int HeaderLength = 7;
        internal const int RecordWidth = 5;

        /// <summary>
        /// Returns the index of the entry <paramref name="term"/> names, after <c>GlossaryKey.Normalize</c> and,
        /// when that finds nothing, after removing every quote mark; -1 when there is none.
        /// </summary>
        /// <param name="term">The argument of a lookup, as the caller passed it.</param>
        /// <param name="table">The generated hash table.</param>
        /// <param name="keys">The generated key text.</param>
        public static int IndexOf(string? term, string table, string keys)
        {
            if (term is null)
            {
                return -1;
            }

            int start = 0;
            int length = term.Length;
            if (length == 0 || !GlossaryKey.IsPlain(term[0]) || !GlossaryKey.IsPlain(term[length - 1]))
            {
                GlossaryKey.NormalizedRange(term, out start, out length);
            }

            int index = Find(term, start, length, table, keys);
            return index >= 0 ? index : FindUnquoted(term, start, length, table, keys);
        }

        /// <summary>The hash of the key <c>text[start..start+length]</c> (length at least 1) under the given parameters.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static uint Hash(string text, int start, int length, int positionA, int positionB, int positionC, uint seed)
        {
            int last = length - 1;
            uint hash = seed ^ ((uint)length * 0x9E3779B1u);
            hash = (hash ^ text[start + (positionA < last ? positionA : last)]) * 0x85EBCA6Bu;
            hash = (hash ^ text[start + (positionB < last ? positionB : last)]) * 0xC2B2AE35u;
            hash = (hash ^ text[start + last - (positionC < last ? positionC : last)]) * 0x27D4EB2Fu;
            return hash ^ (hash >> 15);
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static int Find(string term, int start, int length, string table, string keys)
        {
            if (length == 0)
            {
                return -1;
            }

            int bits = table[BitsAt];
            int mask = (1 << bits) - 1;
            uint seed = table[SeedLowAt] | ((uint)table[SeedHighAt] << 16);
            int slot = (int)(Hash(term, start, length, table[PositionAAt], table[PositionBAt], table[PositionCAt], seed) & (uint)mask);
            int records = HeaderLength + mask + 1;
            while (true)
            {
                int record = table[HeaderLength + slot];
                if (record == 0)
                {
                    return -1;
                }

                int at = records + ((record - 1) * RecordWidth);
                if (table[at] == length && SameText(term, start, keys, table[at + 1] | (table[at + 2] << 16), length))
                {
                    return table[at + 3] | (table[at + 4] << 16);
                }

                slot = (slot + 1) & mask;
            }
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static bool SameText(string term, int start, string keys, int offset, int length)
        {
            for (int i = 0; i < length; i++)
            {
                if (term[start + i] != keys[offset + i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Looks the range up as if every quote mark in it were removed (工业"一主一特" → 工业一主一特), without
        /// making that string: rare, so it reads characters through <see cref="UnquotedAt"/>.
        /// </summary>
        private static int FindUnquoted(string term, int start, int length, string table, string keys)
        {
            int unquotedLength = 0;
            for (int i = start; i < start + length; i++)
            {
                char c = term[i];
                if (GlossaryKey.IsPlain(c) || !GlossaryKey.IsQuote(c))
                {
                    unquotedLength++;
                }
            }

            if (unquotedLength == length || unquotedLength == 0)
            {
                return -1;
            }

            int bits = table[BitsAt];
            int mask = (1 << bits) - 1;
            uint seed = table[SeedLowAt] | ((uint)table[SeedHighAt] << 16);
            int last = unquotedLength - 1;
            int a = table[PositionAAt];
            int b = table[PositionBAt];
            int c3 = table[PositionCAt];
            uint hash = seed ^ ((uint)unquotedLength * 0x9E3779B1u);
            hash = (hash ^ UnquotedAt(term, start, a < last ? a : last)) * 0x85EBCA6Bu;
            hash = (hash ^ UnquotedAt(term, start, b < last ? b : last)) * 0xC2B2AE35u;
            hash = (hash ^ UnquotedAt(term, start, last - (c3 < last ? c3 : last))) * 0x27D4EB2Fu;
            hash ^= hash >> 15;
            int slot = (int)(hash & (uint)mask);
            int records = HeaderLength + mask + 1;
            while (true)
            {
                int record = table[HeaderLength + slot];
                if (record == 0)
                {
                    return -1;
                }

                int at = records + ((record - 1) * RecordWidth);
                if (table[at] == unquotedLength && SameUnquoted(term, start, keys, table[at + 1] | (table[at + 2] << 16), unquotedLength))
                {
                    return table[at + 3] | (table[at + 4] << 16);
                }

                slot = (slot + 1) & mask;
            }
        }

        /// <summary>The character at <paramref name="position"/> of the range with its quote marks skipped.</summary>
        private static char UnquotedAt(string term, int start, int position)
        {
            for (int i = start; ; i++)
            {
                char c = term[i];
                if (GlossaryKey.IsPlain(c) || !GlossaryKey.IsQuote(c))
                {
                    if (position == 0)
                    {
                        return c;
                    }

                    position--;
                }
            }
        }

        private static bool SameUnquoted(string term, int start, string keys, int offset, int length)
        {
            int i = start;
            for (int k = 0; k < length; k++)
            {
                while (!GlossaryKey.IsPlain(term[i]) && GlossaryKey.IsQuote(term[i]))
                {
                    i++;
                }

                if (term[i] != keys[offset + k])
                {
                    return false;
                }

                i++;
            }

            return true;
        }
    }
}
