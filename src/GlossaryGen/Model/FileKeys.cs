namespace GlossaryGen.Model
{
    /// <summary>
    /// What the whole-project index needs of one file's entries before anything is compared: their names. No
    /// definition and no line, so editing a definition or moving an entry leaves it equal.
    /// </summary>
    /// <param name="Path">The file's full path, to pair it with its <see cref="FileMeanings"/> and its class.</param>
    /// <param name="FileName">The file's name, for messages.</param>
    /// <param name="Entries">The file's distinct entries, in file order.</param>
    internal sealed record FileKeys(string Path, string FileName, EquatableArray<KeyedEntry> Entries);

    /// <summary>One entry of <see cref="FileKeys"/>.</summary>
    internal sealed record KeyedEntry(string Term, string Heading, EquatableArray<string> Cores);

    /// <summary>
    /// The keys and identifiers more than one entry of the project claims: only entries that claim one of them
    /// are ever compared, so only their definitions and places reach the index.
    /// </summary>
    internal sealed record ContestedNames(EquatableArray<string> Keys, EquatableArray<string> Identifiers);

    /// <summary>
    /// The meaning and place of a file's contested entries: what the index compares (same definition or not)
    /// and where a conflict is reported. Equal after an edit to any other entry's definition or line.
    /// </summary>
    internal sealed record FileMeanings(string Path, EquatableArray<EntryMeaning> Entries);

    /// <summary>One contested entry of <see cref="FileMeanings"/>.</summary>
    /// <param name="Position">Its position among the file's distinct entries.</param>
    /// <param name="ComparableDefinition">The definition without white space: two entries with equal ones mean the same.</param>
    internal sealed record EntryMeaning(int Position, string ComparableDefinition, TextRange HeadingRange);
}
