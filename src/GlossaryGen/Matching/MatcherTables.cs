namespace GlossaryGen.Matching
{
    /// <summary>The matcher tables of a glossary, ready to emit as a constant string.</summary>
    /// <param name="Data">The tables in the layout of <see cref="MatcherTableLayout"/>; null when they do not fit it.</param>
    /// <param name="KeyCount">How many keys the tables match.</param>
    /// <param name="StateCount">How many trie states they hold.</param>
    /// <param name="Problem">Why there are no tables, when <paramref name="Data"/> is null.</param>
    internal sealed record MatcherTables(string? Data, int KeyCount, int StateCount, string? Problem)
    {
        public bool Fits => Data != null;
    }
}
