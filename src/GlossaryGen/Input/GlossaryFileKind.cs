namespace GlossaryGen.Input
{
    /// <summary>What an AdditionalFile is to GlossaryGen, from its name and its <c>Glossary</c> metadata.</summary>
    internal enum GlossaryFileKind
    {
        /// <summary>Not for GlossaryGen: never read.</summary>
        None,

        /// <summary>A glossary, or a whole report with a glossary section: must yield entries.</summary>
        Glossary,

        /// <summary>A report read for its glossary section if it has one, and for the abbreviations its body uses.</summary>
        Report,
    }
}
