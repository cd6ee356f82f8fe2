namespace GlossaryGen.Model
{
    /// <summary>
    /// The only whole-project value: which entries the project has, under which names, and which entry each
    /// lookup key finds. Holds no definition text and no line, so editing a definition or moving an entry
    /// leaves it equal and everything emitted from it cached.
    /// </summary>
    /// <param name="Names">The generated class's namespace, name and the names of its members.</param>
    /// <param name="IsPublic">Whether the generated class is public rather than internal.</param>
    /// <param name="Entries">Every distinct entry, in <c>All</c> order: files ordered by path, entries in file order.</param>
    /// <param name="Keys">Every normalized lookup key and the index in <see cref="Entries"/> of the entry it finds, sorted by key (ordinal).</param>
    internal sealed record GlossaryIndex(GeneratedNames Names, bool IsPublic, EquatableArray<IndexEntry> Entries, EquatableArray<LookupKey> Keys);

    /// <summary>One entry of the index.</summary>
    /// <param name="Identifier">Its member name under <c>Terms</c> and <c>Definitions</c>.</param>
    /// <param name="Term">The canonical term, for the suggestions of an unknown term.</param>
    /// <param name="FileClass">The class of its file under <c>Files</c>.</param>
    /// <param name="Members">Its members in that class.</param>
    internal sealed record IndexEntry(string Identifier, string Term, string FileClass, EntryMembers Members);

    /// <summary>The index, and what merging the files found wrong (GG0201 conflicts, GG0202 name collisions).</summary>
    internal sealed record IndexResult(GlossaryIndex? Index, EquatableArray<DiagnosticInfo> Diagnostics);
}
