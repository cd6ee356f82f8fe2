namespace GlossaryGen.Model
{
    /// <summary>
    /// One glossary file's term table as it is emitted into its own source, <c>Glossary.Files.Yiyang2024.g.cs</c>:
    /// everything about each of its entries and nothing that depends on another file. Holds only the
    /// options the table uses, so other option changes leave it cached.
    /// </summary>
    /// <param name="Names">The generated class's namespace and names.</param>
    /// <param name="FileClass">The table's class under <see cref="GeneratedNames.Files"/>.</param>
    /// <param name="FileName">The file name (not the path: paths differ between machines).</param>
    /// <param name="Entries">The file's distinct entries, in file order.</param>
    /// <param name="Failure">GG9999 when making the table failed; the table is then empty.</param>
    internal sealed record FileTable(GeneratedNames Names, string FileClass, string FileName, EquatableArray<TableEntry> Entries, DiagnosticInfo? Failure = null)
    {
        public string HintName => Names.ClassName + "." + Names.Files + "." + FileClass + ".g.cs";
    }

    /// <summary>One entry of a term table.</summary>
    /// <param name="Members">The names of its members in the file's class.</param>
    internal sealed record TableEntry(
        EntryMembers Members,
        string Term,
        string Heading,
        string Definition,
        int Line,
        int? Number,
        EquatableArray<string> Items,
        EquatableArray<Structure.ItemGroup> Groups);

    /// <summary>
    /// The members an entry gets in its file's class: the entry itself (<c>六零</c>), its definition as a
    /// constant (<c>六零_Definition</c>) and the field that caches the entry object (<c>s_六零</c>).
    /// </summary>
    internal sealed record EntryMembers(string Entry, string Definition, string Cache);
}
