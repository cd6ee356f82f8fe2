using System.Collections.Generic;
using System.Globalization;
using GlossaryGen.Diagnostics;
using GlossaryGen.Model;

namespace GlossaryGen.Parsing
{
    /// <summary>
    /// Checks each finished entry: an empty definition (GG0102, entry dropped), a definition over the
    /// length limit (GG0004, cut), a term already defined in the file (GG0103, the later one dropped)
    /// and bidirectional control characters (GG0005, text kept: the emitter escapes them).
    /// </summary>
    internal sealed class EntryChecks
    {
        private readonly DiagnosticSink _diagnostics;
        private readonly Dictionary<string, ParsedEntry> _byTerm = new Dictionary<string, ParsedEntry>(System.StringComparer.Ordinal);

        public EntryChecks(DiagnosticSink diagnostics)
        {
            _diagnostics = diagnostics;
        }

        /// <summary>How many entries were accepted.</summary>
        public int EntryCount => _byTerm.Count;

        /// <returns>The entry, or null when it is dropped (and reported).</returns>
        public ParsedEntry? Check(EntryDraft draft, string fileName)
        {
            ParsedEntry entry = draft.ToEntry();
            TextRange wholeEntry = WholeEntry(draft);
            if (entry.Definition.Length == 0)
            {
                _diagnostics.Report(DiagnosticIds.EmptyDefinition, wholeEntry, DisplayText.Quote(entry.Heading));
                return null;
            }

            if (entry.Term.Length == 0)
            {
                // A heading of quote marks only ("“”：…") names nothing.
                _diagnostics.Report(DiagnosticIds.UnrecognizedLine, wholeEntry, DisplayText.Quote(entry.Heading + "\uFF1A" + entry.Definition));
                return null;
            }

            if (_byTerm.TryGetValue(entry.Term, out ParsedEntry? first))
            {
                ReportDuplicate(first, entry, wholeEntry);
                return null;
            }

            if (draft.IsTruncated)
            {
                _diagnostics.Report(
                    DiagnosticIds.InputTooLarge,
                    entry.HeadingRange,
                    fileName,
                    ParserLimits.MaxDefinitionLength.ToString("N0", CultureInfo.InvariantCulture) + " characters in one definition",
                    "the definition of '" + DisplayText.Quote(entry.Heading) + "' was cut there");
            }

            CheckBidi(entry.Heading, "term", entry);
            CheckBidi(entry.Definition, "definition of", entry);
            _byTerm.Add(entry.Term, entry);
            return entry;
        }

        private void ReportDuplicate(ParsedEntry first, ParsedEntry second, TextRange wholeSecond)
        {
            string firstLine = first.Line.ToString(CultureInfo.InvariantCulture);
            string secondLine = second.Line.ToString(CultureInfo.InvariantCulture);
            string consequence = first.Definition == second.Definition
                ? "both definitions are the same; delete one of them"
                : "the definition on line " + firstLine + " is used and the one on line " + secondLine + " is ignored";
            _diagnostics.Report(new ParseDiagnostic(
                DiagnosticIds.DuplicateTermInFile,
                wholeSecond,
                new[] { DisplayText.Quote(second.Term), firstLine, secondLine, consequence }.ToEquatableArray(),
                new[] { first.HeadingRange }.ToEquatableArray()));
        }

        /// <param name="text">The entry's heading or definition.</param>
        /// <param name="what">Which of the two it is, as the message names it; the heading is quoted only when there is something to report.</param>
        /// <param name="entry">The entry.</param>
        private void CheckBidi(string text, string what, ParsedEntry entry)
        {
            foreach (char c in text)
            {
                if (c >= '\u202A' && c <= '\u2069' && TextChars.IsBidiControl(c))
                {
                    _diagnostics.Report(DiagnosticIds.BidiControlCharacter, entry.HeadingRange, what + " '" + DisplayText.Quote(entry.Heading) + "'", DisplayText.Hex(c));
                    return;
                }
            }
        }

        private static TextRange WholeEntry(EntryDraft draft)
        {
            if (draft.LastLine.Index == draft.FirstLine.Index)
            {
                return draft.HeadingRange;
            }

            TextRange heading = draft.HeadingRange;
            SourceLine last = draft.LastLine;
            int end = last.Start + last.Length;
            return new TextRange(heading.Start, end - heading.Start, heading.StartLine, heading.StartColumn, last.Index, last.Length);
        }
    }
}
