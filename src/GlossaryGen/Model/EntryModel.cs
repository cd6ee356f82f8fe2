using GlossaryGen.Structure;

namespace GlossaryGen.Model
{
    /// <summary>One entry as it is emitted: parsed, merged across files and given an identifier.</summary>
    /// <param name="Index">The entry's position in <c>Glossary.All</c>.</param>
    /// <param name="Identifier">The C# member name under <c>Glossary.Terms</c> and <c>Glossary.Definitions</c>.</param>
    /// <param name="SourceFile">The file name (not the path: paths differ between machines).</param>
    internal sealed record EntryModel(
        int Index,
        string Identifier,
        string Term,
        string Heading,
        string Definition,
        string SourceFile,
        int Line,
        int? Number,
        EquatableArray<string> Items,
        EquatableArray<ItemGroup> Groups);
}
