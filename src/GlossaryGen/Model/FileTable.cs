namespace GlossaryGen.Model
{
    /// <summary>
    /// One glossary file's term table as it is emitted into its own source, <c>Glossary.Files.Yiyang2024.g.cs</c>:
    /// everything about each of its entries and nothing that depends on another file (the entries' member names,
    /// which do, come from the index: <see cref="NamedFileTable"/>). Holds only the options the table uses, so
    /// other option changes leave it cached.
    /// </summary>
    /// <param name="Names">The generated class's namespace and names.</param>
    /// <param name="FileClass">The table's class under <see cref="GeneratedNames.Files"/>.</param>
    /// <param name="Path">The file's path, by which the index names its entries; never written into the output.</param>
    /// <param name="FileName">The file name (not the path: paths differ between machines).</param>
    /// <param name="Entries">The file's distinct entries, in file order.</param>
    /// <param name="Failure">GG9999 when making the table failed; the table is then empty.</param>
    internal sealed record FileTable(GeneratedNames Names, string FileClass, string Path, string FileName, EquatableArray<TableEntry> Entries, DiagnosticInfo? Failure = null)
    {
        public string HintName => Names.ClassName + "." + Names.Files + "." + FileClass + ".g.cs";
    }

    /// <summary>One entry of a term table.</summary>
    internal sealed record TableEntry(
        string Term,
        string Heading,
        string Definition,
        int Line,
        int? Number,
        EquatableArray<string> Items,
        EquatableArray<Structure.ItemGroup> Groups);

    /// <summary>
    /// A file's table with the names the index gave its entries: what its generated source is written from.
    /// Recomputed whenever the index changes, but equal, and so not re-emitted, unless this file's names changed.
    /// </summary>
    internal sealed record NamedFileTable(FileTable Table, FileEntryNames Names)
    {
        public string HintName => Table.HintName;
    }
}
