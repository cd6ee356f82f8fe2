// Compiled into the runtime and into the generator (another namespace), so the tables the generator
// writes and the ones the runtime reads share one layout.
#if GLOSSARYGEN_GENERATOR
namespace GlossaryGen.Matching
#else
namespace GlossaryGen
#endif
{
    /// <summary>
    /// The layout of the tables a generated matcher is compiled into: one string of UTF-16 code units,
    /// each holding a number from 0 to 65535, so the tables are a <c>const string</c> that costs nothing
    /// to load on any target framework. The generator compiles this same file to write them; change
    /// <see cref="Version"/> with the layout.
    /// </summary>
    /// <remarks>
    /// <para>Header: version, hash multiplier (low, high 16 bits), hash bits, state count N, start character count C.</para>
    /// <para>Alphabet: 2^bits slots of (character, code), an open-addressing hash table with linear probing;
    /// an empty slot holds (0, 0). Code 0 means "in no key".</para>
    /// <para>Trie: N states of (check, value, base), a double-array trie over the codes: the state reached from
    /// state s by code k is base(s) + k when its check is s. Value is the entry index + 1 of the key that ends
    /// there, 0 when none does. State 0 is the root; free states have check 0xFFFF.</para>
    /// <para>Start characters: the C characters that begin a key, in ordinal order.</para>
    /// </remarks>
    internal static class GlossaryMatcherTables
    {
        public const int Version = 1;
        public const int VersionAt = 0;
        public const int MultiplierLowAt = 1;
        public const int MultiplierHighAt = 2;
        public const int HashBitsAt = 3;
        public const int StateCountAt = 4;
        public const int StartCountAt = 5;
        public const int HeaderLength = 6;
        public const int AlphabetSlotWidth = 2;
        public const int StateWidth = 3;
        public const int CheckOffset = 0;
        public const int ValueOffset = 1;
        public const int BaseOffset = 2;
        public const char FreeCheck = '\uFFFF';
    }
}
