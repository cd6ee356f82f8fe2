namespace GlossaryGen.Model
{
    /// <summary>One glossary file as it is emitted: a nested class that reaches every entry of that file.</summary>
    /// <param name="FileName">The file name, shown in docs and comments.</param>
    /// <param name="ClassName">The nested class's name under <c>Glossary.Files</c>.</param>
    /// <param name="EntryIndexes">The file's entries (indexes into <see cref="GlossaryModel.Entries"/>), in file order.</param>
    /// <param name="Identifiers">The member name of each of those entries in the per-file class.</param>
    internal sealed record FileModel(
        string FileName,
        string ClassName,
        EquatableArray<int> EntryIndexes,
        EquatableArray<string> Identifiers);
}
