namespace GlossaryGen.Analyzers
{
    /// <summary>
    /// What the lookup analyzer and its code fixes agree on: the diagnostic IDs and the names of the properties a
    /// diagnostic carries to its fix. Compiled into both assemblies (the code fixes link this file), so the code-fix
    /// assembly needs nothing else from the generator's.
    /// </summary>
    internal static class LookupDiagnostics
    {
        /// <summary>A constant term no entry answers to.</summary>
        public const string UnknownTermId = "GG0601";

        /// <summary>A constant term that names an entry, for which a typed member exists.</summary>
        public const string UseTypedMemberId = "GG0602";

        /// <summary>How many closest terms a GG0601 carries, each under <see cref="ClosestTermProperty"/> and its position.</summary>
        public const int MaxClosestTerms = 3;

        /// <summary>The n-th closest term of a GG0601 is under this name followed by n (<c>ClosestTerm0</c>).</summary>
        public const string ClosestTermProperty = "ClosestTerm";

        /// <summary>The typed member a GG0602 lookup can become, fully qualified (<c>global::App.Glossary.Definitions.六零</c>).</summary>
        public const string TypedMemberProperty = "TypedMember";
    }
}
