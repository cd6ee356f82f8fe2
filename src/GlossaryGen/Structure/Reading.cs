using System.Collections.Generic;
using GlossaryGen.Model;

namespace GlossaryGen.Structure
{
    /// <summary>One way of reading a definition as a list: its items and, when it has them, its groups.</summary>
    internal sealed class Reading
    {
        public Reading(List<string> items, List<ItemGroup>? groups = null)
        {
            Items = items;
            Groups = groups ?? new List<ItemGroup>();
        }

        public List<string> Items { get; }

        public List<ItemGroup> Groups { get; }

        public static Reading FromGroups(List<ItemGroup> groups)
        {
            var items = new List<string>();
            foreach (ItemGroup group in groups)
            {
                items.AddRange(group.Items);
            }

            return new Reading(items, groups);
        }

        public EntryStructure ToStructure(CountMismatch? mismatch = null)
            => new EntryStructure(Items.ToEquatableArray(), Groups.ToEquatableArray(), mismatch);
    }
}
