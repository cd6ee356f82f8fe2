namespace GlossaryGen.Parsing
{
    /// <summary>A run of lines that are not entries and are reported together: a web page footer or an attachment.</summary>
    internal sealed class SkippedBlock
    {
        public SkippedBlock(string diagnosticId, SourceLine firstLine, string sample)
        {
            DiagnosticId = diagnosticId;
            FirstLine = firstLine;
            LastLine = firstLine;
            Sample = sample;
        }

        public string DiagnosticId { get; }

        public SourceLine FirstLine { get; }

        public SourceLine LastLine { get; private set; }

        /// <summary>The first line's text, quoted in the message so the user recognizes the block.</summary>
        public string Sample { get; }

        public void Extend(SourceLine line) => LastLine = line;
    }
}
