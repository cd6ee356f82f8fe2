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

        /// <summary>The options of the generated code: names, accessibility, language features.</summary>
        public const string Options = nameof(Options);

        /// <summary>Choosing the class of every file under <c>Files</c>; depends on file names only.</summary>
        public const string FileClasses = nameof(FileClasses);

        /// <summary>One file's term table with the names the index gives its entries, per file: what its source is emitted from.</summary>
        public const string FileTable = nameof(FileTable);

        /// <summary>One file's names and keys, per file, for the index.</summary>
        public const string FileKeys = nameof(FileKeys);

        /// <summary>The keys and identifiers more than one entry claims, from every file's names.</summary>
        public const string ContestedNames = nameof(ContestedNames);

        /// <summary>One file's definitions and places of its entries that claim a contested name, per file.</summary>
        public const string FileMeanings = nameof(FileMeanings);

        /// <summary>Merging every file's keys into the project's index, with its diagnostics.</summary>
        public const string Index = nameof(Index);

        /// <summary>The index alone, without the diagnostics: what the names, API and tables are emitted from.</summary>
        public const string IndexValue = nameof(IndexValue);

        /// <summary>The lookup hash table and the matcher trie, built from the keys alone.</summary>
        public const string LookupTables = nameof(LookupTables);

        /// <summary>Finding the abbreviations the reports use that no glossary defines.</summary>
        public const string UndefinedAbbreviations = nameof(UndefinedAbbreviations);
    }
}
