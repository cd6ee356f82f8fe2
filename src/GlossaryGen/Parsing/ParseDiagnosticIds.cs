namespace GlossaryGen.Parsing
{
    /// <summary>
    /// The descriptor IDs the parser reports. The parser stays free of Roslyn types, so it names
    /// descriptors by ID; a test checks that each of these exists in <c>DiagnosticDescriptors</c>.
    /// </summary>
    internal static class ParseDiagnosticIds
    {
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
    }
}
