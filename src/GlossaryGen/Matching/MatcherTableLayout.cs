namespace GlossaryGen.Matching
{
    /// <summary>
    /// Where each part of the matcher tables goes. The runtime reads the same layout
    /// (<c>GlossaryGen.GlossaryMatcherTables</c> in GlossaryGen.Runtime): the two are separate assemblies,
    /// so the constants are repeated there, and the matching tests run the runtime over tables built here.
    /// Every number is one UTF-16 code unit, so the tables can be emitted as a <c>const string</c>.
    /// </summary>
    internal static class MatcherTableLayout
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

        /// <summary>The check of a state no transition leads to; state numbers stay below it.</summary>
        public const char FreeCheck = '\uFFFF';

        /// <summary>The largest number one code unit holds.</summary>
        public const int MaxValue = 0xFFFF;

        /// <summary>The largest alphabet hash table: 2^15 slots.</summary>
        public const int MaxHashBits = 15;
    }
}
