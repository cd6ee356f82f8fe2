namespace GlossaryGen
{
    /// <summary>A quoted numeric abbreviation a text uses, such as “三高四新” or “137”.</summary>
    public sealed class QuotedAbbreviation
    {
        internal QuotedAbbreviation(string term, int firstIndex, int count)
        {
            Term = term;
            FirstIndex = firstIndex;
            Count = count;
        }

        /// <summary>The abbreviation, without its quote marks.</summary>
        public string Term { get; }

        /// <summary>Where it is first quoted: the index of its first character, inside the quote marks.</summary>
        public int FirstIndex { get; }

        /// <summary>How often the text uses it, quoted or not (not counting uses inside a longer abbreviation of the text).</summary>
        public int Count { get; }

        /// <summary>Returns <c>Term ×Count</c>.</summary>
        public override string ToString() => Term + " ×" + Count;
    }
}
