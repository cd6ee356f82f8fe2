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
    /// <para>Slots: 2^bits records, linear probing. A record is the key's length (0 for an empty slot); its fingerprint
    /// (8 bits of its hash that do not choose the slot, <see cref="Fingerprint"/>) in the high byte beside the high 8 bits
    /// of its offset in the key text; the offset's low 16 bits; its entry's index (low, high). A probe reads one place,
    /// not a slot then a record, and reads the key text only when length and fingerprint agree, so a miss rarely does.</para>
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
        public const int Version = 3;

        internal const int VersionAt = 0;
        internal const int BitsAt = 1;
        internal const int PositionAAt = 2;
        internal const int PositionBAt = 3;
        internal const int PositionCAt = 4;
        internal const int SeedLowAt = 5;
        internal const int SeedHighAt = 6;
        internal const int HeaderLength = 7;
        internal const int RecordWidth = 5;

        /// <summary>Key text is addressed by 24 bits: 16 in one code unit, 8 beside the fingerprint.</summary>
        internal const int MaxKeyTextLength = 1 << 24;

        /// <summary>
        /// Returns the index of the entry <paramref name="term"/> names, after <c>GlossaryKey.Normalize</c> and,
        /// when that finds nothing, after removing every quote mark; -1 when there is none. Reads the hash
        /// parameters from the table's header; generated code passes them as constants to the other overload.
        /// </summary>
        /// <param name="term">The argument of a lookup, as the caller passed it.</param>
        /// <param name="table">The generated hash table.</param>
        /// <param name="keys">The generated key text.</param>
        /// <exception cref="System.InvalidOperationException">The table has another layout than this runtime reads.</exception>
        public static int IndexOf(string? term, string table, string keys)
            => IndexOf(term, table, keys, table[VersionAt], table[BitsAt], table[PositionAAt], table[PositionBAt], table[PositionCAt], table[SeedLowAt] | ((uint)table[SeedHighAt] << 16));

        /// <summary>
        /// <see cref="IndexOf(string, string, string)"/> with the table's header given by the caller, as constants of
        /// the generated code. Inlined into the generated lookup: an argument that needs no normalization (its first
        /// and last characters are plain, the common case) is hashed and probed in place, with no call; anything else,
        /// and the quote-removing retry of a miss, goes to the out-of-line path.
        /// </summary>
        /// <param name="term">The argument of a lookup, as the caller passed it.</param>
        /// <param name="table">The generated hash table.</param>
        /// <param name="keys">The generated key text.</param>
        /// <param name="version">The table's layout version (header): checked, so that generated code and runtime of different
        /// versions fail loudly instead of reading the table wrongly. A constant of the generated code, so the check costs
        /// nothing once inlined.</param>
        /// <param name="bits">The table's hash bits (header).</param>
        /// <param name="positionA">The first hashed position from the key's start (header).</param>
        /// <param name="positionB">The second hashed position from the key's start (header).</param>
        /// <param name="positionC">The hashed position from the key's end (header).</param>
        /// <param name="seed">The hash seed (header).</param>
        /// <exception cref="System.InvalidOperationException">The table has another layout than this runtime reads.</exception>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static int IndexOf(string? term, string table, string keys, int version, int bits, int positionA, int positionB, int positionC, uint seed)
        {
            if (version != Version)
            {
                ThrowOtherLayout(version);
            }

            int length;
            if (term is null || (length = term.Length) == 0 || !GlossaryKey.IsPlain(term[0]) || !GlossaryKey.IsPlain(term[length - 1]))
            {
                return IndexOfNormalized(term, table, keys, bits, positionA, positionB, positionC, seed);
            }

            int mask = (1 << bits) - 1;
            uint hash = HashWhole(term, positionA, positionB, positionC, seed);
            int slot = Slot(hash, bits);
            int fingerprint = Fingerprint(hash, bits) << 8;
            while (true)
            {
                int at = HeaderLength + (slot * RecordWidth);
                int keyLength = table[at];
                if (keyLength == 0)
                {
                    return IsPlain(term) ? -1 : FindUnquoted(term, 0, length, table, keys, bits, positionA, positionB, positionC, seed);
                }

                int tagged = table[at + 1];
                if (keyLength == length && (tagged & 0xFF00) == fingerprint && EqualsKey(term, keys, ((tagged & 0xFF) << 16) | table[at + 2]))
                {
                    return table[at + 3] | (table[at + 4] << 16);
                }

                slot = (slot + 1) & mask;
            }
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static void ThrowOtherLayout(int version)
            => throw new System.InvalidOperationException(
                "This glossary's lookup table has layout " + version.ToString(System.Globalization.CultureInfo.InvariantCulture)
                + ", and this GlossaryGen.Runtime reads layout " + Version.ToString(System.Globalization.CultureInfo.InvariantCulture)
                + ": reference the GlossaryGen.Runtime version that comes with the GlossaryGen package that generated the glossary.");

        /// <summary>The hash of the key <c>text[start..start+length]</c> (length at least 1) under the given parameters.</summary>
        public static uint Hash(string text, int start, int length, int positionA, int positionB, int positionC, uint seed)
            => Hash(new PlainRange(text, start, length), positionA, positionB, positionC, seed);

        /// <summary>
        /// The length and three characters, mixed (<see cref="Mix"/>): the characters at <paramref name="positionA"/> and
        /// <paramref name="positionB"/> from the start and <paramref name="positionC"/> from the end, each clamped to the key.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static uint Hash<TRange>(TRange range, int positionA, int positionB, int positionC, uint seed)
            where TRange : struct, IKeyRange
        {
            int last = range.Length - 1;
            return Mix(range.Length, range[Clamp(positionA, last)], range[Clamp(positionB, last)], range[last - Clamp(positionC, last)], seed);
        }

        /// <summary><see cref="Hash{TRange}"/> of a whole string, read directly: the inlined lookup's copy, which keeps the string in a register.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static uint HashWhole(string key, int positionA, int positionB, int positionC, uint seed)
        {
            int last = key.Length - 1;
            return Mix(key.Length, key[Clamp(positionA, last)], key[Clamp(positionB, last)], key[last - Clamp(positionC, last)], seed);
        }

        /// <summary>
        /// <paramref name="position"/>, or <paramref name="last"/> when the key is shorter. Position 0 is tested first:
        /// it fits every key, and as a constant of the inlined lookup the JIT then drops the comparison altogether.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static int Clamp(int position, int last) => position == 0 ? 0 : position < last ? position : last;

        /// <summary>
        /// The hash function itself: two multiplicative hashes, of the characters at A and B and of the length and the
        /// character at C, computed side by side rather than as one chain; <see cref="Slot"/> takes the product's high
        /// bits, where every input bit has an effect.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static uint Mix(int length, char a, char b, char c, uint seed)
            => ((a | ((uint)b << 16)) * 0x9E3779B1u) ^ (((c | ((uint)length << 16)) ^ seed) * 0x85EBCA6Bu);

        /// <summary>The slot of a hash in a table of 2^<paramref name="bits"/> slots: its high bits.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        internal static int Slot(uint hash, int bits) => (int)(hash >> (32 - bits));

        /// <summary>
        /// The 8 bits of a hash just below those that chose its slot (<paramref name="bits"/> is at most 17): keys that
        /// share a probe sequence and a length still differ here 255 times in 256, so a probe compares them without
        /// reading the key text.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        internal static int Fingerprint(uint hash, int bits) => (int)(hash >> (24 - bits)) & 0xFF;

        /// <summary>
        /// Whether the key text at <paramref name="offset"/> holds <paramref name="term"/>, whose length the caller
        /// checked. Terms are short (two to a dozen characters): on net8.0 a term of 2 to 8 characters is compared as
        /// two overlapping words, without a loop whose exit depends on the length and without a call.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static bool EqualsKey(string term, string keys, int offset)
        {
#if NET8_0_OR_GREATER
            // The offset and length come from the table, which the generator checked against the key text: no bounds check.
            ref char keyStart = ref System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(System.MemoryExtensions.AsSpan(keys)), offset);
            ref byte left = ref System.Runtime.CompilerServices.Unsafe.As<char, byte>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(System.MemoryExtensions.AsSpan(term)));
            ref byte right = ref System.Runtime.CompilerServices.Unsafe.As<char, byte>(ref keyStart);
            nuint bytes = (nuint)term.Length * 2;
            if (bytes >= sizeof(ulong) && bytes <= 2 * sizeof(ulong))
            {
                nuint last = bytes - sizeof(ulong);
                return ((System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(ref left) ^ System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(ref right))
                    | (System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(ref System.Runtime.CompilerServices.Unsafe.Add(ref left, last)) ^ System.Runtime.CompilerServices.Unsafe.ReadUnaligned<ulong>(ref System.Runtime.CompilerServices.Unsafe.Add(ref right, last)))) == 0;
            }

            if (bytes >= sizeof(uint) && bytes < sizeof(ulong))
            {
                nuint last = bytes - sizeof(uint);
                return ((System.Runtime.CompilerServices.Unsafe.ReadUnaligned<uint>(ref left) ^ System.Runtime.CompilerServices.Unsafe.ReadUnaligned<uint>(ref right))
                    | (System.Runtime.CompilerServices.Unsafe.ReadUnaligned<uint>(ref System.Runtime.CompilerServices.Unsafe.Add(ref left, last)) ^ System.Runtime.CompilerServices.Unsafe.ReadUnaligned<uint>(ref System.Runtime.CompilerServices.Unsafe.Add(ref right, last)))) == 0;
            }

            return System.MemoryExtensions.SequenceEqual(System.MemoryExtensions.AsSpan(term), System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan(ref keyStart, term.Length));
#else
            return string.CompareOrdinal(term, 0, keys, offset, term.Length) == 0;
#endif
        }

        /// <summary>Whether every character of <paramref name="term"/> is plain: then it holds no quote mark to retry without.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static bool IsPlain(string term)
        {
            for (int i = 0; i < term.Length; i++)
            {
                if (!GlossaryKey.IsPlain(term[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The full path: normalizes the argument's range in place, then looks it up as it is and unquoted.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static int IndexOfNormalized(string? term, string table, string keys, int bits, int positionA, int positionB, int positionC, uint seed)
        {
            if (term is null)
            {
                return -1;
            }

            GlossaryKey.NormalizedRange(term, out int start, out int length);
            if (length == 0)
            {
                return -1;
            }

            var hash = new HashParameters(bits, positionA, positionB, positionC, seed);
            int index = Probe(new PlainRange(term, start, length), table, keys, hash);
            return index >= 0 ? index : FindUnquoted(term, start, length, table, keys, hash);
        }

        /// <summary>The miss of an argument that needed no normalization: retried unquoted if it holds a quote mark.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static int FindUnquoted(string term, int start, int length, string table, string keys, int bits, int positionA, int positionB, int positionC, uint seed)
            => FindUnquoted(term, start, length, table, keys, new HashParameters(bits, positionA, positionB, positionC, seed));

        /// <summary>
        /// Looks the range up as if every quote mark in it were removed (工业"一主一特" → 工业一主一特), without
        /// making that string: only when the range holds a quote mark, which is rare.
        /// </summary>
        private static int FindUnquoted(string term, int start, int length, string table, string keys, HashParameters hash)
        {
            int unquotedLength = 0;
            for (int i = start; i < start + length; i++)
            {
                if (!IsSkipped(term[i]))
                {
                    unquotedLength++;
                }
            }

            return unquotedLength == length || unquotedLength == 0
                ? -1
                : Probe(new UnquotedRange(term, start, unquotedLength), table, keys, hash);
        }

        /// <summary>
        /// Hashes the key <paramref name="range"/> reads and probes the table from its slot until the key or an empty
        /// slot. Generic over a struct so the JIT compiles one copy per kind of range, each with its reads inlined.
        /// </summary>
        private static int Probe<TRange>(TRange range, string table, string keys, HashParameters hash)
            where TRange : struct, IKeyRange
        {
            int mask = (1 << hash.Bits) - 1;
            int length = range.Length;
            uint hashed = Hash(range, hash.PositionA, hash.PositionB, hash.PositionC, hash.Seed);
            int slot = Slot(hashed, hash.Bits);
            int fingerprint = Fingerprint(hashed, hash.Bits) << 8;
            while (true)
            {
                int at = HeaderLength + (slot * RecordWidth);
                int keyLength = table[at];
                if (keyLength == 0)
                {
                    return -1;
                }

                int tagged = table[at + 1];
                if (keyLength == length && (tagged & 0xFF00) == fingerprint && range.Matches(keys, ((tagged & 0xFF) << 16) | table[at + 2]))
                {
                    return table[at + 3] | (table[at + 4] << 16);
                }

                slot = (slot + 1) & mask;
            }
        }

        private static bool IsSkipped(char c) => !GlossaryKey.IsPlain(c) && GlossaryKey.IsQuote(c);

        /// <summary>The table header's hash parameters, carried through the out-of-line path.</summary>
        private readonly struct HashParameters
        {
            public HashParameters(int bits, int positionA, int positionB, int positionC, uint seed)
            {
                Bits = bits;
                PositionA = positionA;
                PositionB = positionB;
                PositionC = positionC;
                Seed = seed;
            }

            public int Bits { get; }

            public int PositionA { get; }

            public int PositionB { get; }

            public int PositionC { get; }

            public uint Seed { get; }
        }

        /// <summary>The characters of a key being looked up.</summary>
        private interface IKeyRange
        {
            int Length { get; }

            char this[int position] { get; }

            /// <summary>Whether the key text at <paramref name="offset"/> holds these characters.</summary>
            bool Matches(string keys, int offset);
        }

        /// <summary>A range of the argument, compared in place.</summary>
        private readonly struct PlainRange : IKeyRange
        {
            private readonly string _text;
            private readonly int _start;

            public PlainRange(string text, int start, int length)
            {
                _text = text;
                _start = start;
                Length = length;
            }

            public int Length { get; }

            public char this[int position] => _text[_start + position];

            public bool Matches(string keys, int offset)
            {
                for (int i = 0; i < Length; i++)
                {
                    if (_text[_start + i] != keys[offset + i])
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        /// <summary>A range of the argument read with its quote marks skipped.</summary>
        private readonly struct UnquotedRange : IKeyRange
        {
            private readonly string _text;
            private readonly int _start;

            public UnquotedRange(string text, int start, int length)
            {
                _text = text;
                _start = start;
                Length = length;
            }

            public int Length { get; }

            public char this[int position]
            {
                get
                {
                    for (int i = _start; ; i++)
                    {
                        if (!IsSkipped(_text[i]) && position-- == 0)
                        {
                            return _text[i];
                        }
                    }
                }
            }

            public bool Matches(string keys, int offset)
            {
                int i = _start;
                for (int k = 0; k < Length; k++)
                {
                    while (IsSkipped(_text[i]))
                    {
                        i++;
                    }

                    if (_text[i++] != keys[offset + k])
                    {
                        return false;
                    }
                }

                return true;
            }
        }
    }
}
