namespace GlossaryGen.Diagnostics
{
    /// <summary>
    /// The ID of every diagnostic, named once: the descriptors in <see cref="DiagnosticDescriptors"/> take their IDs
    /// from here, and so does the Roslyn-free parser, which reports by ID. Documented in docs/diagnostics.md.
    /// </summary>
    internal static class DiagnosticIds
    {
        public const string FileUnreadable = "GG0001";

        public const string NotUtf8 = "GG0002";

        public const string NoEntries = "GG0003";

        public const string InputTooLarge = "GG0004";

        public const string BidiControlCharacter = "GG0005";

        public const string UnrecognizedLine = "GG0101";

        public const string EmptyDefinition = "GG0102";

        public const string DuplicateTermInFile = "GG0103";

        public const string NumberOutOfSequence = "GG0104";

        public const string MarkerWithoutEntry = "GG0105";

        public const string MarkerTextMismatch = "GG0106";

        public const string EntryNeverReferenced = "GG0107";

        public const string ConversionResidue = "GG0108";

        public const string FirstNumberNotOne = "GG0109";

        public const string WebFooterSkipped = "GG0110";

        public const string AttachmentSkipped = "GG0111";

        public const string HeadingGuessed = "GG0112";

        public const string DefinitionTooLong = "GG0113";

        public const string GlossaryWithoutHeader = "GG0114";

        public const string GroupTitle = "GG0115";

        public const string NoteWithoutTerm = "GG0116";

        public const string ConflictingDefinitions = "GG0201";

        public const string IdentifierCollision = "GG0202";

        public const string MatcherTooLarge = "GG0203";

        public const string InvalidOption = "GG0301";

        public const string CountMismatch = "GG0401";

        public const string UndefinedAbbreviation = "GG0501";

        /// <summary>Defined beside the analyzer, whose code fixes (another assembly) link that file alone.</summary>
        public const string UnknownLookupTerm = Analyzers.LookupDiagnostics.UnknownTermId;

        /// <summary>Defined beside the analyzer, whose code fixes (another assembly) link that file alone.</summary>
        public const string UseTypedMember = Analyzers.LookupDiagnostics.UseTypedMemberId;

        public const string InternalError = "GG9999";
    }
}
