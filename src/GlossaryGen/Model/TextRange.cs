namespace GlossaryGen.Model
{
    /// <summary>
    /// A span of a glossary file, kept as plain numbers so that cached models hold no Roslyn
    /// <c>Location</c>. Lines and columns are 0-based, as in Roslyn's <c>LinePosition</c>.
    /// </summary>
    internal readonly record struct TextRange(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
    {
        /// <summary>The range of a whole file, for diagnostics that concern the file rather than a line.</summary>
        public static readonly TextRange FileStart = new TextRange(0, 0, 0, 0, 0, 0);

        /// <summary>The 1-based line number that people and editors use.</summary>
        public int LineNumber => StartLine + 1;
    }
}
