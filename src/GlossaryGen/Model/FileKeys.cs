namespace GlossaryGen.Model
{
    /// <summary>
    /// What the whole-project index needs of one file: each entry's names and where it stands, and its
    /// definition only in the comparable form that decides merging. A per-file step makes it, so the index
    /// step sees one small value per file.
    /// </summary>
    /// <param name="Path">The file's full path, for diagnostic locations only (never emitted).</param>
    /// <param name="FileName">The file's name, for messages.</param>
    internal sealed record FileKeys(string Path, string FileName, EquatableArray<KeyedEntry> Entries);

    /// <summary>One entry of <see cref="FileKeys"/>.</summary>
    /// <param name="ComparableDefinition">The definition without white space: two entries with equal ones mean the same.</param>
    internal sealed record KeyedEntry(
        string Term,
        string Heading,
        EquatableArray<string> Cores,
        string ComparableDefinition,
        TextRange HeadingRange);
}
