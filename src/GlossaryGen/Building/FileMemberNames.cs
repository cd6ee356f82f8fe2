using System.Collections.Generic;
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

        public static List<EntryMembers> Allocate(IReadOnlyList<string> terms, string fileClass)
        {
            var names = new IdentifierAllocator(fileClass, All, AllCache);
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
