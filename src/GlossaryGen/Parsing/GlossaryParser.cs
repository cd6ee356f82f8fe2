using System.Threading;
using GlossaryGen.Model;

namespace GlossaryGen.Parsing
{
    /// <summary>
    /// Reads a glossary file into entries and diagnostics. A pure function of the text: no Roslyn
    /// types, no I/O, never throws on any input.
    /// </summary>
    internal static class GlossaryParser
    {
        /// <param name="text">The whole file as decoded by the compiler.</param>
        /// <param name="fileName">The file's name, used only in diagnostic messages.</param>
        /// <param name="cancellationToken">Checked between lines.</param>
        public static ParsedGlossary Parse(string text, string fileName, CancellationToken cancellationToken = default)
        {
            // Placeholder until the parser lands (issue #2/#3 parser branch).
            return ParsedGlossary.Empty;
        }
    }
}
