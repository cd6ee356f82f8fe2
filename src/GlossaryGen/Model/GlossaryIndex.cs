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
    /// <param name="Files">Every file's entries under their names, ordered by path: what each file's table is emitted with.</param>
    internal sealed record GlossaryIndex(GeneratedNames Names, bool IsPublic, EquatableArray<IndexEntry> Entries, EquatableArray<LookupKey> Keys, EquatableArray<FileEntryNames> Files)
    {
        /// <summary>The names of one file's entries; none when the file is not in the index.</summary>
        public FileEntryNames NamesOf(string path)
        {
            foreach (FileEntryNames file in Files)
            {
                if (file.Path == path)
                {
                    return file;
                }
            }

            return new FileEntryNames(path, EquatableArray<EntryName>.Empty);
        }
    }

    /// <summary>One entry of the index.</summary>
    /// <param name="Identifier">Its member name under <c>Terms</c> and <c>Definitions</c>.</param>
    /// <param name="Term">The canonical term, for the suggestions of an unknown term.</param>
    internal sealed record IndexEntry(string Identifier, string Term);

    /// <summary>The names of one file's distinct entries, in file order.</summary>
    internal sealed record FileEntryNames(string Path, EquatableArray<EntryName> Entries);

    /// <summary>
    /// The names of one entry of a file: its member under <c>Terms</c> and <c>Definitions</c>, and the field under
    /// <c>Terms</c> that caches the entry object (<c>s_六零</c>).
    /// </summary>
    /// <param name="IsDeclared">
    /// Whether this file declares the members. False for an entry that repeats, word for word, an entry of a file
    /// earlier by path: that file declares it, and this file's <c>All</c> lists it by the same name.
    /// </param>
    internal sealed record EntryName(string Identifier, string Cache, bool IsDeclared);

    /// <summary>The index, and what merging the files found wrong (GG0201 conflicts, GG0202 name collisions).</summary>
    internal sealed record IndexResult(GlossaryIndex? Index, EquatableArray<DiagnosticInfo> Diagnostics);
}
