namespace GlossaryGen.Parsing
{
    /// <summary>
    /// Bounds that keep time and memory linear in the input and finite for any input. Documented in
    /// docs/glossary-format.md; what goes over a limit is reported as GG0004, never dropped silently.
    /// </summary>
    internal static class ParserLimits
    {
        /// <summary>
        /// 16 Mi characters: a 10 MB UTF-8 file has at most 10 M characters, so it always fits.
        /// Longer text is not read at all.
        /// </summary>
        public const int MaxTextLength = 16 * 1024 * 1024;

        /// <summary>Entries after this many are not read.</summary>
        public const int MaxEntries = 100_000;

        /// <summary>A definition longer than this is cut here.</summary>
        public const int MaxDefinitionLength = 64 * 1024;

        /// <summary>Diagnostics after this many in one file are not reported.</summary>
        public const int MaxDiagnostics = 10_000;

        /// <summary>A heading longer than this is not a heading (it is a sentence).</summary>
        public const int MaxHeadingLength = 60;

        /// <summary>Stricter bound for headings of unnumbered lines, which could also be prose.</summary>
        public const int MaxUnnumberedHeadingLength = 30;

        /// <summary>How much of a line a diagnostic message quotes.</summary>
        public const int MaxQuotedLineLength = 60;

        /// <summary>
        /// Real definitions rarely reach this (one in the 4,000 definitions of the development corpus does);
        /// a longer one has probably taken in what follows the glossary, and is reported (GG0113).
        /// </summary>
        public const int SuspiciousDefinitionLength = 1500;

        /// <summary>A definition this many times the glossary's median length is suspicious too, above <see cref="MinSuspiciousDefinitionLength"/>.</summary>
        public const int SuspiciousDefinitionMedianFactor = 8;

        /// <summary>Below this, no definition is suspiciously long, however short the others are.</summary>
        public const int MinSuspiciousDefinitionLength = 600;
    }
}
