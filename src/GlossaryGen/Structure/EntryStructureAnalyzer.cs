namespace GlossaryGen.Structure
{
    /// <summary>
    /// Splits a definition into items and groups and checks them against the numbers in the term.
    /// A pure function of the two strings.
    /// </summary>
    internal static class EntryStructureAnalyzer
    {
        public static EntryStructure Analyze(string term, string definition)
        {
            // Placeholder until the structure analysis lands (issue #4 branch).
            return EntryStructure.None;
        }
    }
}
