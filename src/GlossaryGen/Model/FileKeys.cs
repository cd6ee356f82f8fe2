namespace GlossaryGen.Model
{
    /// <summary>
    /// What the whole-project index needs of one file's entries before anything is compared: their names. No
    /// definition and no line, so editing a definition or moving an entry leaves it equal.
    /// </summary>
    /// <param name="Path">The file's full path, to pair it with its <see cref="FileMeanings"/> and its class.</param>
    /// <param name="FileName">The file's name, for messages.</param>
    /// <param name="Entries">The file's distinct entries, in file order.</param>
    /// <param name="Failure">GG9999 when reading the names failed; the index reports it.</param>
    internal sealed record FileKeys(string Path, string FileName, EquatableArray<KeyedEntry> Entries, DiagnosticInfo? Failure = null);

    /// <summary>One entry of <see cref="FileKeys"/>.</summary>
    internal sealed record KeyedEntry(string Term, string Heading, EquatableArray<string> Cores);

    /// <summary>
    /// The keys and identifiers more than one entry of the project claims: only entries that claim one of them
    /// are ever compared, so only their definitions and places reach the index.
    /// </summary>
    /// <param name="Failure">GG9999 when finding them failed; then nothing counts as contested.</param>
    internal sealed record ContestedNames(EquatableArray<string> Keys, EquatableArray<string> Identifiers, DiagnosticInfo? Failure = null);

    /// <summary>
    /// The meaning and place of a file's contested entries: what the index compares (same definition or not)
    /// and where a conflict is reported. Equal after an edit to any other entry's definition or line.
    /// </summary>
    /// <param name="Failure">GG9999 when reading the meanings failed; the index reports it.</param>
    internal sealed record FileMeanings(string Path, EquatableArray<EntryMeaning> Entries, DiagnosticInfo? Failure = null);

    /// <summary>One contested entry of <see cref="FileMeanings"/>.</summary>
    /// <param name="Position">Its position among the file's distinct entries.</param>
    /// <param name="ComparableDefinition">The definition without white space: two entries with equal ones mean the same.</param>
    internal sealed record EntryMeaning(int Position, string ComparableDefinition, TextRange HeadingRange);
}
