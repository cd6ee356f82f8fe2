namespace GlossaryGen.Model
{
    /// <summary>One entry of a glossary as read from the text, before any cross-file work.</summary>
    /// <param name="Number">The entry's number as printed (<c>[19]</c>, <c>12.</c>, <c>（3）</c>), or null when unnumbered.</param>
    /// <param name="Heading">The term as printed, quote marks included: <c>工业“一主一特”</c>.</param>
    /// <param name="Term">The canonical term: the heading without quote marks, <c>工业一主一特</c>.</param>
    /// <param name="Cores">The quoted parts of the heading (<c>一主一特</c>), in order; empty when nothing is quoted.</param>
    /// <param name="Definition">The definition text, conversion residue removed, paragraphs joined with '\n'.</param>
    /// <param name="HeadingRange">Where the heading is, for diagnostics about the entry.</param>
    /// <param name="EndLine">
    /// The 1-based line of the entry's last line (its definition can run over several); 0 when unknown.
    /// Lets callers and tests see which lines the entry accounts for.
    /// </param>
    internal sealed record ParsedEntry(
        int? Number,
        string Heading,
        string Term,
        EquatableArray<string> Cores,
        string Definition,
        TextRange HeadingRange,
        int EndLine = 0)
    {
        /// <summary>The 1-based line the entry starts on.</summary>
        public int Line => HeadingRange.LineNumber;
    }
}
