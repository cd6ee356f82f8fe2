using System.Collections.Generic;
using System.Linq;
using GlossaryGen.Model;

namespace GlossaryGen.Building
{
    /// <summary>
    /// Names the members of one file's term table. A pure function of the file's terms and class name, called
    /// by the table step and by the index step, so the index refers to exactly the members the table has.
    /// </summary>
    internal static class FileMemberNames
    {
        /// <summary>The table's own members, which entries cannot take.</summary>
        public const string All = "All";

        public const string AllCache = "s_all";

        /// <summary>The table's helpers that create and cache an entry; see <c>FileTableEmitter</c>.</summary>
        public const string EntryHelper = "Entry";

        public const string ListedEntryHelper = "Listed";

        public const string GroupedEntryHelper = "Grouped";

        public const string GroupHelper = "Group";

        /// <summary>Every name above: neither an entry nor the table's class may take one.</summary>
        public static readonly string[] TableMembers = { All, AllCache, EntryHelper, ListedEntryHelper, GroupedEntryHelper, GroupHelper };

        public static List<EntryMembers> Allocate(IReadOnlyList<string> terms, string fileClass)
        {
            var names = new IdentifierAllocator(TableMembers.Concat(new[] { fileClass }).ToArray());
            var entries = new List<string>(terms.Count);
            for (int i = 0; i < terms.Count; i++)
            {
                // A collision inside one file is reported for Glossary.Terms; here a unique name is enough.
                entries.Add(names.Allocate(IdentifierMapper.FromTerm(terms[i], i), terms[i], out _));
            }

            // Entries first: an entry named 六零_Definition keeps its name, and 六零's constant moves aside.
            var members = new List<EntryMembers>(terms.Count);
            foreach (string entry in entries)
            {
                string stem = entry.TrimStart('@');
                members.Add(new EntryMembers(
                    entry,
                    names.Allocate(stem + "_Definition", entry, out _),
                    names.Allocate("s_" + stem, entry, out _)));
            }

            return members;
        }
    }
}
