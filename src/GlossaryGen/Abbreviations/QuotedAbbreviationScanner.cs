using System.Linq;
using System.Threading;
using GlossaryGen.Model;

namespace GlossaryGen.Abbreviations
{
    /// <summary>
    /// Finds the quoted numeric abbreviations of a report's body for the generator, located as
    /// <see cref="TextRange"/>s for diagnostics. A pure function of the text.
    /// </summary>
    internal static class QuotedAbbreviationScanner
    {
        /// <summary>Scans the whole text: a report without a glossary section.</summary>
        public static EquatableArray<AbbreviationUse> Scan(string text, CancellationToken cancellationToken = default)
            => Scan(text, text.Length, new LineMap(text, cancellationToken), cancellationToken);

        /// <summary>
        /// Scans the body of a report whose glossary section header is on 1-based line
        /// <paramref name="sectionStartLine"/>: the glossary and whatever follows it are not body text.
        /// 0 means the file has no header and is scanned whole.
        /// </summary>
        public static EquatableArray<AbbreviationUse> ScanBody(string text, int sectionStartLine, CancellationToken cancellationToken = default)
        {
            var lines = new LineMap(text, cancellationToken);
            int end = sectionStartLine > 0 ? lines.LineStart(sectionStartLine - 1, text.Length) : text.Length;
            return Scan(text, end, lines, cancellationToken);
        }

        private static EquatableArray<AbbreviationUse> Scan(string text, int end, LineMap lines, CancellationToken cancellationToken)
            => QuotedAbbreviationFinder.Find(text, end, cancellationToken)
                .Select(found => new AbbreviationUse(found.Term, lines.Range(found.FirstStart, found.Term.Length), found.Count))
                .ToEquatableArray();
    }
}
