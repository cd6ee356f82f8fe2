using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using GlossaryGen.Diagnostics;
using GlossaryGen.Model;

namespace GlossaryGen.Parsing
{
    /// <summary>
    /// Reads a glossary file into entries and diagnostics. A pure function of the text: no Roslyn
    /// types, no I/O, never throws on any input (only <see cref="System.OperationCanceledException"/>
    /// when cancelled). The accepted shapes are described in docs/glossary-format.md.
    /// </summary>
    internal static class GlossaryParser
    {
        /// <summary>Header lines are short; longer lines are not cleaned just to look for one.</summary>
        private const int MaxHeaderLineLength = 120;

        /// <param name="text">The whole file as decoded by the compiler.</param>
        /// <param name="fileName">The file's name, used only in diagnostic messages.</param>
        /// <param name="cancellationToken">Checked between lines.</param>
        public static ParsedGlossary Parse(string text, string fileName, CancellationToken cancellationToken = default)
        {
            text ??= string.Empty;
            fileName ??= string.Empty;
            var diagnostics = new DiagnosticSink(fileName);

            if (text.Length > ParserLimits.MaxTextLength)
            {
                diagnostics.Report(
                    DiagnosticIds.InputTooLarge,
                    TextRange.FileStart,
                    fileName,
                    ParserLimits.MaxTextLength.ToString("N0", CultureInfo.InvariantCulture) + " characters",
                    "nothing was read from it");
                return Result(new List<ParsedEntry>(), diagnostics, 0);
            }

            cancellationToken.ThrowIfCancellationRequested();
            string? notUtf8 = MojibakeDetector.Describe(text);
            if (notUtf8 != null)
            {
                diagnostics.Report(DiagnosticIds.NotUtf8, TextRange.FileStart, fileName, notUtf8);
                return Result(new List<ParsedEntry>(), diagnostics, 0);
            }

            List<SourceLine> lines = LineSplitter.Split(text, cancellationToken);
            var cleanLines = new CleanLines(text, lines);
            HeaderPosition header = FindHeader(cleanLines, cancellationToken);
            int headerIndex = header.Index;
            int frontMatterEnd = FrontMatter.LinesToSkip(text, lines);
            int headerlessStart = headerIndex < 0 ? HeaderlessGlossary.FindStart(cleanLines, frontMatterEnd, cancellationToken) : -1;

            // The body ends where the section starts: after the header, at a headerless list, or (a file of
            // entries only) after its front matter.
            int bodyEnd = headerIndex >= 0 ? headerIndex : headerlessStart >= 0 ? headerlessStart : 0;
            int firstLine = headerIndex >= 0 ? headerIndex + 1 : headerlessStart >= 0 ? headerlessStart : frontMatterEnd;

            // SectionStartLine is the header's 1-based line; for a headerless list, the line before it.
            int sectionStartLine = headerIndex >= 0 ? headerIndex + 1 : headerlessStart >= 0 ? headerlessStart : 0;
            var reader = new SectionReader(cleanLines, fileName, diagnostics, header.IsNotes);
            if (header.EntriesStart > 0)
            {
                // "名词解释：1.六零：…": the section starts inside the header's line.
                firstLine = headerIndex;
            }

            reader.Read(firstLine, header.EntriesStart, cancellationToken);
            List<ParsedEntry> entries = reader.Entries;
            bool readsLikeReport = sectionStartLine == 0 && ReadsLikeReport(reader);

            if (entries.Count == 0 || readsLikeReport)
            {
                // Nothing was read, so per-line complaints would only repeat this one.
                var only = new DiagnosticSink(fileName);
                foreach (ParseDiagnostic diagnostic in diagnostics.ToSortedList())
                {
                    if (diagnostic.Id == DiagnosticIds.InputTooLarge)
                    {
                        only.Report(diagnostic);
                    }
                }

                string reason = readsLikeReport && entries.Count > 0
                    ? "it has no header such as '名词解释' and most of its lines are prose, not entries; if it is a report, mark only a file that has a glossary section"
                    : WhyNoEntries(text, lines, headerIndex);
                only.Report(DiagnosticIds.NoEntries, TextRange.FileStart, fileName, reason);
                return Result(new List<ParsedEntry>(), only, sectionStartLine);
            }

            if (headerlessStart >= 0)
            {
                diagnostics.Report(
                    DiagnosticIds.GlossaryWithoutHeader,
                    lines[headerlessStart].Range,
                    lines[headerlessStart].Number.ToString(CultureInfo.InvariantCulture),
                    entries.Count.ToString(CultureInfo.InvariantCulture));
            }

            if (bodyEnd > 0)
            {
                FootnoteMarkerChecker.Check(text, lines.GetRange(0, bodyEnd), entries, reader.NoteNumbers, diagnostics, cancellationToken);
            }

            return Result(entries, diagnostics, sectionStartLine);
        }

        /// <summary>
        /// A file without a header is read as entries from its first line; when fewer than a third of its
        /// lines open an entry it is a report without a glossary, and the "entries" found would be invented.
        /// </summary>
        private static bool ReadsLikeReport(SectionReader reader)
            => reader.EntryStartCount * MinEntryLineShare < reader.NonBlankLineCount;

        /// <summary>Entries take one line, or a heading line and a definition line or two (budget reports).</summary>
        private const int MinEntryLineShare = 3;

        /// <summary>The header line's index: the last header, because an earlier one is usually a table of contents; -1 when none.</summary>
        private static HeaderPosition FindHeader(CleanLines lines, CancellationToken cancellationToken)
        {
            int notesHeader = -1;
            for (int i = lines.Count - 1; i >= 0; i--)
            {
                if ((i & 0x3FF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                SourceLine line = lines.Lines[i];
                if (line.Length == 0)
                {
                    continue;
                }

                string clean = lines[i].Text;
                if (line.Length <= MaxHeaderLineLength && SectionHeader.IsHeader(clean))
                {
                    return new HeaderPosition(i, 0);
                }

                if (notesHeader < 0 && NotesHeader.IsNotesHeader(lines, i, clean))
                {
                    // Only when the file has no real header: notes after a 名词解释 section do not replace it.
                    notesHeader = i;
                    continue;
                }

                int inline = SectionHeader.LengthOfLeadingHeader(clean);
                if (inline > 0)
                {
                    return new HeaderPosition(i, inline);
                }
            }

            return new HeaderPosition(notesHeader, 0, isNotes: notesHeader >= 0);
        }

        /// <summary>The header's line, and when the glossary's first entry follows it on that line, where that entry starts.</summary>
        private readonly struct HeaderPosition
        {
            public HeaderPosition(int index, int entriesStart, bool isNotes = false)
            {
                Index = index;
                EntriesStart = entriesStart;
                IsNotes = isNotes;
            }

            /// <summary>Whether the header is a bare <c>注：</c> over notes (<see cref="NotesHeader"/>).</summary>
            public bool IsNotes { get; }

            public int Index { get; }

            public int EntriesStart { get; }
        }

        private static string WhyNoEntries(string text, List<SourceLine> lines, int headerIndex)
        {
            bool blank = true;
            foreach (char c in text)
            {
                if (!TextChars.IsSpace(c) && !LineSplitter.IsLineBreak(c))
                {
                    blank = false;
                    break;
                }
            }

            if (blank)
            {
                return "the file is empty";
            }

            return headerIndex >= 0
                ? string.Format(CultureInfo.InvariantCulture, "no line after the header on line {0} reads as an entry such as '术语：释义'", lines[headerIndex].Number)
                : "no line reads as an entry such as '术语：释义', and there is no header such as '名词解释'";
        }

        private static ParsedGlossary Result(List<ParsedEntry> entries, DiagnosticSink diagnostics, int sectionStartLine)
            => new ParsedGlossary(entries.ToEquatableArray(), diagnostics.ToSortedList().ToEquatableArray(), sectionStartLine);
    }
}
