namespace GlossaryGen.Model
{
    /// <summary>
    /// Everything the emitter needs, and nothing else: the whole project's glossaries merged into
    /// one value that compares by content, so an edit that changes nothing emitted emits nothing.
    /// </summary>
    /// <param name="Entries">Every distinct entry: files ordered by path, entries in file order.</param>
    /// <param name="Keys">Every lookup key and the entry it finds, sorted by key (ordinal).</param>
    /// <param name="Files">The glossary files, ordered by path.</param>
    internal sealed record GlossaryModel(
        EmitOptions Options,
        EquatableArray<EntryModel> Entries,
        EquatableArray<LookupKey> Keys,
        EquatableArray<FileModel> Files);
}
