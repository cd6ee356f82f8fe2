using GlossaryGen.Model;

namespace GlossaryGen.Structure
{
    /// <summary>The enumerated items and labelled groups of one definition, and the count check's verdict.</summary>
    /// <param name="Items">The items in order, list punctuation removed; empty for prose.</param>
    /// <param name="Groups">Labelled sub-lists; empty when the definition has none.</param>
    /// <param name="Mismatch">Set only when the definition clearly lists a different number of items than the term announces.</param>
    internal sealed record EntryStructure(EquatableArray<string> Items, EquatableArray<ItemGroup> Groups, CountMismatch? Mismatch)
    {
        public static readonly EntryStructure None = new EntryStructure(EquatableArray<string>.Empty, EquatableArray<ItemGroup>.Empty, null);
    }
}
