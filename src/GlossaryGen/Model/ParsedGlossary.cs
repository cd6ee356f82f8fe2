namespace GlossaryGen.Model
{
    /// <summary>The result of reading one glossary file: a pure function of its text.</summary>
    /// <param name="Entries">The entries, in file order.</param>
    /// <param name="Diagnostics">Everything that was wrong or suspicious, in file order.</param>
    /// <param name="SectionStartLine">
    /// The 1-based line of the glossary section's header (<c>名词解释</c>), or 0 when the file has no
    /// header and is read as entries from its first line.
    /// </param>
    internal sealed record ParsedGlossary(
        EquatableArray<ParsedEntry> Entries,
        EquatableArray<ParseDiagnostic> Diagnostics,
        int SectionStartLine)
    {
        public static readonly ParsedGlossary Empty = new ParsedGlossary(
            EquatableArray<ParsedEntry>.Empty,
            EquatableArray<ParseDiagnostic>.Empty,
            0);
    }
}
