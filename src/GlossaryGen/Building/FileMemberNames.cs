namespace GlossaryGen.Building
{
    /// <summary>
    /// The members of a file's class under <c>Files</c>: its entry list and the helpers its entries are created
    /// with. A file's class may not take one of these names (CS0542).
    /// </summary>
    internal static class FileMemberNames
    {
        public const string All = "All";

        public const string AllCache = "s_all";

        /// <summary>The table's helpers that create and cache an entry; see <c>FileTableEmitter</c>.</summary>
        public const string EntryHelper = "Entry";

        public const string ListedEntryHelper = "Listed";

        public const string GroupedEntryHelper = "Grouped";

        /// <summary>Every name above: the table's class may not take one.</summary>
        public static readonly string[] TableMembers = { All, AllCache, EntryHelper, ListedEntryHelper, GroupedEntryHelper };
    }
}
