namespace GlossaryGen.Matching
{
    /// <summary>
    /// The bounds of the matcher tables that only the generator needs; the layout itself is
    /// <see cref="GlossaryMatcherTables"/>, one source compiled into the generator and the runtime.
    /// </summary>
    internal static class MatcherTableLayout
    {
        /// <summary>The largest number one code unit holds.</summary>
        public const int MaxValue = 0xFFFF;

        /// <summary>The largest alphabet hash table: 2^15 slots.</summary>
        public const int MaxHashBits = 15;
    }
}
