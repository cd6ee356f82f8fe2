namespace GlossaryGen.Building
{
    /// <summary>How strongly an entry claims a lookup key: its own name beats a quoted part of it.</summary>
    internal enum KeyStrength
    {
        /// <summary>The heading as printed, or without quote marks: 工业“一主一特”, 工业一主一特.</summary>
        Name = 0,

        /// <summary>A quoted core of the heading: 一主一特.</summary>
        Core = 1,
    }

    /// <summary>An entry's claim on a lookup key.</summary>
    internal readonly struct KeyClaim
    {
        public KeyClaim(string key, int entryIndex, KeyStrength strength)
        {
            Key = key;
            EntryIndex = entryIndex;
            Strength = strength;
        }

        public string Key { get; }

        public int EntryIndex { get; }

        public KeyStrength Strength { get; }
    }
}
