using System;

namespace GlossaryGen
{
    /// <summary>One occurrence of a glossary term in a text, as found by a generated <c>Find</c>.</summary>
    public readonly struct GlossaryMatch : IEquatable<GlossaryMatch>
    {
        /// <summary>Creates a match. Generated code and the matcher call this; applications rarely need to.</summary>
        /// <param name="index">Where the term starts in the searched text.</param>
        /// <param name="length">How many UTF-16 code units of the text the term covers.</param>
        /// <param name="entry">The glossary entry the matched text is a lookup form of.</param>
        public GlossaryMatch(int index, int length, GlossaryEntry entry)
        {
            Index = index;
            Length = length;
            Entry = entry;
        }

        /// <summary>Where the term starts in the searched text (0-based, in UTF-16 code units).</summary>
        public int Index { get; }

        /// <summary>How many UTF-16 code units of the text the term covers.</summary>
        public int Length { get; }

        /// <summary>The entry found: the matched text is its heading, its heading without quote marks or its quoted core.</summary>
        public GlossaryEntry Entry { get; }

        /// <summary>Whether both matches cover the same text and find the same entry.</summary>
        public bool Equals(GlossaryMatch other)
            => Index == other.Index && Length == other.Length && ReferenceEquals(Entry, other.Entry);

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is GlossaryMatch other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => unchecked((Index * 397) ^ Length);

        /// <summary>Returns <c>Index+Length Term</c>, for debugging.</summary>
        public override string ToString() => Index + "+" + Length + " " + (Entry is null ? string.Empty : Entry.Term);

        /// <summary>Whether two matches are equal.</summary>
        public static bool operator ==(GlossaryMatch left, GlossaryMatch right) => left.Equals(right);

        /// <summary>Whether two matches differ.</summary>
        public static bool operator !=(GlossaryMatch left, GlossaryMatch right) => !left.Equals(right);
    }
}
