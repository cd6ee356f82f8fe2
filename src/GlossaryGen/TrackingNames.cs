namespace GlossaryGen
{
    /// <summary>
    /// Names of the generator's pipeline steps, so tests can check which steps ran again after an edit.
    /// </summary>
    public static class TrackingNames
    {
        /// <summary>Selecting the glossary files among the AdditionalFiles, with their per-file options.</summary>
        public const string GlossaryFiles = nameof(GlossaryFiles);

        /// <summary>Reading and parsing one glossary file.</summary>
        public const string Parse = nameof(Parse);

        /// <summary>Merging every parsed file into the model the emitter writes out.</summary>
        public const string Model = nameof(Model);
    }
}
