using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using GlossaryGen.Diagnostics;
using GlossaryGen.Model;

namespace GlossaryGen.Parsing
{
    /// <summary>
    /// Reads the lines of a glossary section into entries. Every non-blank line ends up in exactly one
    /// of: an entry, a diagnostic that covers it, or a skipped footer/attachment block (itself reported).
    /// </summary>
    internal sealed class SectionReader
    {
        /// <summary>How many non-blank lines after a weak footer line are searched for another footer line (within four times as many lines).</summary>
        private const int FooterLookahead = 3;

        private readonly CleanLines _clean;
        private readonly List<SourceLine> _lines;
        private readonly string _fileName;
        private readonly DiagnosticSink _diagnostics;
        private readonly EntryChecks _checks;
        private readonly List<ParsedEntry> _entries = new List<ParsedEntry>();
        private readonly List<SkippedBlock> _blocks = new List<SkippedBlock>();

        /// <summary>The numbering of the glossary's first entry; null before it, None for an unnumbered glossary.</summary>
        private NumberingStyle? _style;
        private EntryDraft? _current;
        private SkippedBlock? _block;
        private bool _blankSinceLastLine;
        private bool _overLimit;
        private int? _lastNumber;
        private SeparatorKind _lastSeparator;
        private bool _inHtmlComment;
        private bool _listUsesSpaces;
        private bool _afterGroupTitle;

        /// <summary>
        /// The last numbered line was a note without a term (GG0116) and no entry has started since: a line that cannot
        /// open an entry continues the note (its second sentence, or the report's closing words after a glossary that
        /// ends with a note), as a line that cannot open an entry continues a definition.
        /// </summary>
        private bool _inNote;
        private HashSet<string>? _runningHeaders;
        private GlossaryTable? _table;
        private readonly GuessedHeadings _guesses;
        private readonly bool _notesSection;

        /// <param name="notesSection">
        /// The section is headed by a bare <c>注：</c> (<see cref="NotesHeader"/>): a numbered sentence without a term is a
        /// note however it is numbered, where in a 名词解释 section only a footnote-style one is.
        /// </param>
        public SectionReader(CleanLines lines, string fileName, DiagnosticSink diagnostics, bool notesSection = false)
        {
            _notesSection = notesSection;
            _clean = lines;
            _lines = lines.Lines;
            _fileName = fileName;
            _diagnostics = diagnostics;
            _checks = new EntryChecks(diagnostics);
            _guesses = new GuessedHeadings(diagnostics);
        }

        public List<ParsedEntry> Entries => _entries;

        /// <summary>
        /// The numbers of the section's notes without a term (<c>［1］本报告所列统计数据为预计数…</c>): a body marker may
        /// point at one, as at an entry.
        /// </summary>
        public HashSet<int> NoteNumbers { get; } = new HashSet<int>();

        public bool IsNumbered => _style.HasValue && _style.Value != NumberingStyle.None;

        /// <summary>How many lines opened an entry, including entries later dropped as duplicates or empty.</summary>
        public int EntryStartCount { get; private set; }

        /// <summary>How many non-blank lines the section has.</summary>
        public int NonBlankLineCount { get; private set; }

        /// <param name="firstLine">The index of the section's first line.</param>
        /// <param name="firstColumn">Where in that line's clean text the section starts: 0, or after a header on the same line.</param>
        /// <param name="cancellationToken">Checked between lines.</param>
        public void Read(int firstLine, int firstColumn, CancellationToken cancellationToken)
        {
            _runningHeaders = RunningHeader.Find(_clean, cancellationToken);
            if (firstLine > 0 && firstColumn == 0)
            {
                // "序号\t名词\t解释" reads as the header itself: the table's rows follow it.
                string header = _clean[firstLine - 1].Text;
                _table = GlossaryTable.IsRow(header) ? GlossaryTable.FromHeaderRow(header) : null;
            }

            CleanLine? next = firstLine < _lines.Count ? _clean[firstLine] : null;
            if (next != null && firstColumn > 0)
            {
                next = next.Slice(firstColumn, next.Text.Length);
            }

            for (int index = firstLine; index < _lines.Count && !_overLimit; index++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                CleanLine line = next!;
                next = index + 1 < _lines.Count ? _clean[index + 1] : null;
                ReadLine(line, next, index);
            }

            CloseEntry();
            CloseBlock();
            _guesses.Report();
            ReportOverlongDefinitions();
        }

        /// <summary>
        /// Reports definitions far longer than this glossary's own (GG0113): over
        /// <see cref="ParserLimits.SuspiciousDefinitionLength"/>, or over a multiple of the median and a floor.
        /// An entry that swallowed a following section is long against its neighbours before it is long in
        /// absolute terms.
        /// </summary>
        private void ReportOverlongDefinitions()
        {
            if (_entries.Count == 0)
            {
                return;
            }

            var lengths = new List<int>(_entries.Count);
            foreach (ParsedEntry entry in _entries)
            {
                lengths.Add(entry.Definition.Length);
            }

            lengths.Sort();
            int median = lengths[lengths.Count / 2];
            int relative = median * ParserLimits.SuspiciousDefinitionMedianFactor;
            int threshold = relative < ParserLimits.MinSuspiciousDefinitionLength ? ParserLimits.MinSuspiciousDefinitionLength
                : relative > ParserLimits.SuspiciousDefinitionLength ? ParserLimits.SuspiciousDefinitionLength
                : relative;
            foreach (ParsedEntry entry in _entries)
            {
                // A definition cut at the limit is GG0004 already.
                if (entry.Definition.Length > threshold && entry.Definition.Length < ParserLimits.MaxDefinitionLength)
                {
                    _diagnostics.Report(
                        DiagnosticIds.DefinitionTooLong,
                        entry.HeadingRange,
                        DisplayText.Quote(entry.Heading, 20),
                        entry.Definition.Length.ToString("N0", CultureInfo.InvariantCulture),
                        entry.Line.ToString(CultureInfo.InvariantCulture),
                        entry.EndLine.ToString(CultureInfo.InvariantCulture));
                }
            }
        }

        private void ReadLine(CleanLine line, CleanLine? next, int index)
        {
            if (_inHtmlComment || HtmlComment.Opens(line.Text))
            {
                // <!-- … --> is markup of the page, never text: reported as residue like other conversion marks.
                _inHtmlComment = !HtmlComment.Closes(line.Text);
                if (!line.IsBlank)
                {
                    ReportResidue(line, line.Text);
                }

                return;
            }

            if (!line.IsBlank && _block is null && FindRunOn(line) is int split)
            {
                ReadLine(line.Slice(0, split), line.Slice(split, line.Text.Length), index);
                ReadLine(line.Slice(split, line.Text.Length), next, index);
                return;
            }

            if (line.IsBlank)
            {
                if (line.Residue.Count > 0)
                {
                    if (_block != null)
                    {
                        _block.Extend(line.Source);
                    }
                    else
                    {
                        ReportResidue(line);
                    }
                }

                _blankSinceLastLine = true;
                _current?.MarkParagraphBreak();
                return;
            }

            NonBlankLineCount++;
            if (_block != null)
            {
                ReadSkippedLine(line);
                return;
            }

            string text = line.Text;
            if (ReadTableRow(line))
            {
                _blankSinceLastLine = false;
                return;
            }

            if (OpensFooter(text, index) || (WebFooter.IsDateLine(text) && _current != null && _current.EndsSentence))
            {
                StartBlock(DiagnosticIds.WebFooterSkipped, line.Source, text);
            }
            else if (TrailingAttachment.IsAttachmentTitle(text) || TrailingAttachment.IsTableRow(text))
            {
                StartBlock(DiagnosticIds.AttachmentSkipped, line.Source, text);
            }
            else if (TrailingAttachment.IsUnitLine(text))
            {
                StartAttachmentAtUnitLine(line);
            }
            else if (PageNumber.IsPageNumber(text) || _runningHeaders!.Contains(text))
            {
                ReportResidue(line, text);
            }
            else if (!TryStartEntry(line, next, index))
            {
                if (_current != null)
                {
                    ReportResidue(line);
                    if (NumberingReader.Read(text, -1).IsPresent)
                    {
                        _current.AppendNumberedDefinition(text, line.Source);
                    }
                    else
                    {
                        _current.AppendDefinition(text, line.Source);
                    }
                }
                else if (!_inNote)
                {
                    ReportUnrecognized(line);
                }
            }

            _blankSinceLastLine = false;
        }

        /// <summary>
        /// Reads a glossary printed as a table (markdown pipes or tabs): a header row naming a term and a definition column
        /// as the section's first line, then one entry per row. The table is the whole glossary: the first
        /// line after it that is not a row opens what follows the glossary (GG0111).
        /// </summary>
        private bool ReadTableRow(CleanLine line)
        {
            string text = line.Text;
            bool isRow = GlossaryTable.IsRow(text);
            if (_table is null)
            {
                if (!isRow || _current != null || EntryStartCount > 0 || NonBlankLineCount > 1)
                {
                    return false;
                }

                _table = GlossaryTable.FromHeaderRow(text);
                return _table != null;
            }

            if (!isRow)
            {
                _table = null;
                StartBlock(DiagnosticIds.AttachmentSkipped, line.Source, text);
                return true;
            }

            if (GlossaryTable.IsDelimiterRow(text))
            {
                return true;
            }

            List<GlossaryTable.Cell> cells = GlossaryTable.Cells(text);
            if (cells.Count <= _table.DefinitionColumn || cells[_table.TermColumn].Length == 0)
            {
                ReportUnrecognized(line);
                return true;
            }

            GlossaryTable.Cell term = cells[_table.TermColumn];
            GlossaryTable.Cell definition = cells[_table.DefinitionColumn];
            CleanLine heading = line.Slice(term.Start, term.Start + term.Length);
            StartEntry(heading, default, new HeadingSplit(SeparatorKind.LineBreak, term.Length, term.Length));
            if (_current != null && definition.Length > 0)
            {
                _current.AppendDefinition(text.Substring(definition.Start, definition.Length), line.Source);
            }

            return true;
        }

        /// <summary>
        /// Where a second entry starts inside <paramref name="line"/>: after a sentence end, the number the
        /// list expects next (<c>…。20.智改数转：…</c>). Only in a numbered list, in its own style.
        /// </summary>
        private int? FindRunOn(CleanLine line)
        {
            Numbering own = NumberingReader.Read(line.Text, (_lastNumber ?? 0) + 1);
            NumberingStyle style = _style ?? (own.IsPresent ? own.Style : NumberingStyle.None);
            if (style == NumberingStyle.None)
            {
                return null;
            }

            int current = own.IsPresent && own.Style == style ? own.Number : _lastNumber ?? 0;
            int at = RunOnLine.FindNextEntry(line.Text, style, current + 1);
            return at > 0 ? at : (int?)null;
        }

        /// <summary>The next non-blank line after <paramref name="index"/> within <paramref name="reach"/> lines, cleaned; null when none.</summary>
        private CleanLine? NextNonBlank(int index, int reach = 3)
        {
            for (int i = index + 1; i < _lines.Count && i <= index + reach; i++)
            {
                CleanLine line = _clean[i];
                if (!line.IsBlank)
                {
                    return line;
                }
            }

            return null;
        }

        /// <summary>
        /// A weak footer line (<c>来源：…</c>) opens the footer only when one of the next few non-blank lines
        /// is a footer line too; alone it is more likely part of a definition.
        /// </summary>
        private bool OpensFooter(string text, int index)
        {
            if (WebFooter.IsStrongFooterLine(text))
            {
                return true;
            }

            if (!WebFooter.IsWeakFooterLine(text))
            {
                return false;
            }

            if (NextNonBlank(index, _lines.Count) is null)
            {
                // "来源：…" as the file's last line is the page's footer, not a definition.
                return true;
            }

            int seen = 0;
            int limit = index + 1 + (FooterLookahead * 4);
            for (int i = index + 1; i < _lines.Count && i < limit && seen < FooterLookahead; i++)
            {
                CleanLine ahead = _clean[i];
                if (ahead.IsBlank)
                {
                    continue;
                }

                if (WebFooter.IsFooterLine(ahead.Text))
                {
                    return true;
                }

                seen++;
            }

            return false;
        }

        /// <summary>Inside a footer or attachment every line belongs to it, except one that reads as a numbered entry: that is reported.</summary>
        private void ReadSkippedLine(CleanLine line)
        {
            Numbering numbering = NumberingReader.Read(line.Text, (_lastNumber ?? 0) + 1);
            bool looksLikeEntry = _block!.DiagnosticId == DiagnosticIds.WebFooterSkipped
                && numbering.IsPresent
                && HeadingSplitter.Split(line.Text.Substring(numbering.Length), numbered: true).Kind == SeparatorKind.Colon;
            if (looksLikeEntry)
            {
                ReportUnrecognized(line);
                return;
            }

            _block.Extend(line.Source);
        }

        private bool TryStartEntry(CleanLine line, CleanLine? next, int index)
        {
            string text = line.Text;
            if (IsGroupTitle(line, index))
            {
                CloseEntry();
                _diagnostics.Report(DiagnosticIds.GroupTitle, line.RangeOf(0, text.Length), DisplayText.Quote(text));
                _afterGroupTitle = true;
                return true;
            }

            Numbering numbering = NumberingReader.Read(text, (_lastNumber ?? 0) + 1);
            if (numbering.IsPresent)
            {
                // In an unnumbered glossary, or one numbered another way, a numbered line is a list inside a definition.
                if (_current != null && _style.HasValue && _style.Value != numbering.Style)
                {
                    return false;
                }

                string rest = text.Substring(numbering.Length);
                HeadingSplit numberedSplit = HeadingSplitter.Split(rest, numbered: true);
                if (!numberedSplit.IsHeading)
                {
                    // "2.5亿元用于…" after a line that stopped mid-sentence is a decimal, not entry 2.
                    if (_current != null && rest.Length > 0 && TextChars.IsDigit(rest[0]))
                    {
                        return false;
                    }

                    CloseEntry();
                    if ((_notesSection || IsFootnoteStyle(numbering)) && IsNote(rest))
                    {
                        _diagnostics.Report(DiagnosticIds.NoteWithoutTerm, line.RangeOf(0, text.Length), DisplayText.Quote(text));
                        NoteNumbers.Add(numbering.Number);
                        _inNote = true;
                    }
                    else
                    {
                        ReportUnrecognized(line);
                    }

                    _lastNumber = numbering.Number;
                    return true;
                }

                StartEntry(line, numbering, numberedSplit);
                return true;
            }

            // In a numbered glossary only numbered lines open entries. Otherwise a line continues the
            // entry when it reads as a continuation, or when the line before stopped mid-sentence (a
            // hard wrap from a PDF or a narrow column).
            if (_current != null && (IsNumbered || ContinuationLine.IsContinuation(text) || (!_blankSinceLastLine && _current.EndsMidSentence)))
            {
                return false;
            }

            HeadingSplit split = HeadingSplitter.Split(text, numbered: false);

            // A PDF converted to markdown puts blank lines between the pieces of a wrapped sentence: after a
            // definition that stopped mid-sentence, only a term with a colon is sure to open an entry.
            if (_current != null && _blankSinceLastLine && _current.EndsMidSentence && split.Kind != SeparatorKind.Colon)
            {
                return false;
            }

            switch (split.Kind)
            {
                case SeparatorKind.Colon:
                    // "报告原文：…", "解释：…" label the parts of the current entry; they are not terms.
                    if (_current != null && EntryField.IsLabel(text.Substring(0, split.HeadingLength)))
                    {
                        return false;
                    }

                    break;
                case SeparatorKind.ClosingQuote:
                case SeparatorKind.Dash:
                case SeparatorKind.Bracketed:
                    break;
                case SeparatorKind.Space:
                    // Prose has spaces too: after another entry, a space separates a term only when the
                    // definition opens with 指/即/是, the term holds a quotation (“万村千乡”市场工程), or the
                    // list already separates terms by spaces.
                    if (_current != null && !HeadingSplitter.StartsWithDefinitionPrefix(text, split.DefinitionStart) && !_listUsesSpaces
                        && HeadingAnalyzer.CoresOf(text.Substring(0, split.HeadingLength)).Count == 0)
                    {
                        return false;
                    }

                    break;
                case SeparatorKind.LineBreak:
                    if (!OpensEntryOnItsOwnLine(next, index))
                    {
                        return false;
                    }

                    break;
                default:
                    return false;
            }

            StartEntry(line, default, split);
            return true;
        }

        /// <summary>
        /// A note of a statistics bulletin or a footnoted text (<c>[1]本公报中数据均为初步统计数。</c>): numbered as
        /// footnotes are, a whole sentence, and no term in it. It explains the text, but defines nothing.
        /// </summary>
        private static bool IsFootnoteStyle(Numbering numbering)
            => numbering.Style == NumberingStyle.Bracket || numbering.Style == NumberingStyle.Footnote;

        private static bool IsNote(string rest)
            => rest.Length > 0 && TextChars.EndsSentence(rest[rest.Length - 1]) && !TextChars.IsColon(rest[rest.Length - 1]);

        /// <summary>
        /// Whether the line titles a group of entries (<c>一、经济发展类</c> before <c>1.六零：…</c>): a short line
        /// without punctuation, numbered another way or not at all, right before an entry numbered 1 or next
        /// in the list. Grouped glossaries may start each group at 1.
        /// </summary>
        private bool IsGroupTitle(CleanLine line, int index)
        {
            string text = line.Text;
            if (text.Length > ParserLimits.MaxUnnumberedHeadingLength)
            {
                return false;
            }

            // After an entry, a title follows a finished definition and stands apart: numbered itself or
            // after a blank line. The short tail of a wrapped definition ("款收入") does neither.
            Numbering own = NumberingReader.Read(text, -1);
            if (_current != null && !(_current.EndsSentence && (_blankSinceLastLine || own.IsPresent)))
            {
                return false;
            }

            foreach (char c in text)
            {
                if ((TextChars.IsClausePunctuation(c) && c != '\u3001') || TextChars.IsColon(c) || TextChars.IsQuote(c))
                {
                    return false;
                }
            }

            CleanLine? next = NextNonBlank(index);
            if (next is null)
            {
                return false;
            }

            Numbering entry = NumberingReader.Read(next.Text, (_lastNumber ?? 0) + 1);
            bool entryFollows = entry.IsPresent
                && entry.Style != own.Style
                && (_style is null || _style == entry.Style)
                && (entry.Number == 1 || entry.Number == (_lastNumber ?? 0) + 1);
            if (!entryFollows)
            {
                return false;
            }

            HeadingSplit split = HeadingSplitter.Split(next.Text.Substring(entry.Length), numbered: true);
            return (split.Kind == SeparatorKind.Colon || split.Kind == SeparatorKind.ClosingQuote) && !split.IsGuess;
        }

        /// <summary>
        /// Whether a heading alone on its line opens an entry: at the start of the section or after a blank
        /// line when the definition follows; when the entries alternate term and definition lines with no
        /// blank line between them (budget reports), after a definition that ended its sentence; across a blank
        /// line when the next paragraph reads as a definition; and before a labelled part such as <c>报告原文：</c>.
        /// </summary>
        private bool OpensEntryOnItsOwnLine(CleanLine? next, int index)
        {
            bool definitionFollows = next != null && !next.IsBlank;
            if (definitionFollows && (_current is null || _blankSinceLastLine))
            {
                return true;
            }

            if (definitionFollows && _current != null && _lastSeparator == SeparatorKind.LineBreak && _current.EndsSentence
                && !HeadingSplitter.Split(next!.Text, numbered: false).IsHeading)
            {
                return true;
            }

            CleanLine? following = definitionFollows ? next : NextNonBlank(index);
            if (following is null)
            {
                return false;
            }

            // Markdown puts a blank line between every paragraph, the term's line and its definition too; but
            // also between the pieces of a wrapped sentence, so not after a definition that stopped mid-sentence.
            bool standsApart = !definitionFollows && (_current is null || (_blankSinceLastLine && !_current.EndsMidSentence));
            return EntryField.OpensWithLabel(following.Text) || (standsApart && ReadsAsDefinition(following.Text));
        }

        /// <summary>A paragraph that defines rather than names: not a heading, not numbered, and a sentence or opened by 是/指/即.</summary>
        private static bool ReadsAsDefinition(string text)
        {
            if (HeadingSplitter.Split(text, numbered: false).IsHeading || NumberingReader.Read(text, -1).IsPresent)
            {
                return false;
            }

            if (HeadingSplitter.StartsWithDefinitionPrefix(text, 0))
            {
                return true;
            }

            foreach (char c in text)
            {
                if (TextChars.IsClausePunctuation(c) || TextChars.EndsSentence(c))
                {
                    return true;
                }
            }

            return false;
        }

        private void StartEntry(CleanLine line, Numbering numbering, HeadingSplit split)
        {
            CloseEntry();
            if (_checks.EntryCount >= ParserLimits.MaxEntries)
            {
                ReportOverLimit(line.Source);
                return;
            }

            _style ??= numbering.Style;
            int? number = numbering.IsPresent ? numbering.Number : (int?)null;
            if (number.HasValue)
            {
                ReportSequence(line, numbering);
                _lastNumber = number;
            }

            int headingStart = numbering.Length + split.HeadingStart;
            string heading = line.Text.Substring(headingStart, split.HeadingLength);
            TextRange headingRange = line.RangeOf(headingStart, split.HeadingLength);
            _current = new EntryDraft(number, heading, headingRange, line.Source);
            EntryStartCount++;
            _afterGroupTitle = false;
            _inNote = false;
            if (split.IsGuess)
            {
                _guesses.Add(split.Kind, headingRange, heading);
            }

            _lastSeparator = split.Kind;
            _listUsesSpaces |= split.Kind == SeparatorKind.Space;
            ReportResidue(line);

            int definitionStart = numbering.Length + split.DefinitionStart;
            if (definitionStart < line.Text.Length)
            {
                _current.AppendDefinition(line.Text.Substring(definitionStart), line.Source);
            }
        }

        private void CloseEntry()
        {
            EntryDraft? draft = _current;
            _current = null;
            if (draft is null)
            {
                return;
            }

            ParsedEntry? entry = _checks.Check(draft, _fileName);
            if (entry != null)
            {
                _entries.Add(entry);
            }
        }

        private void ReportSequence(CleanLine line, Numbering numbering)
        {
            // The range and the number are worked out only for a report: nearly every number is in sequence.
            if (!_lastNumber.HasValue)
            {
                if (numbering.Number != 1)
                {
                    _diagnostics.Report(DiagnosticIds.FirstNumberNotOne, line.RangeOf(0, numbering.Length), numbering.Number.ToString(CultureInfo.InvariantCulture));
                }
            }
            else if (numbering.Number != _lastNumber.Value + 1 && !(_afterGroupTitle && numbering.Number == 1))
            {
                _diagnostics.Report(
                    DiagnosticIds.NumberOutOfSequence,
                    line.RangeOf(0, numbering.Length),
                    numbering.Number.ToString(CultureInfo.InvariantCulture),
                    _lastNumber.Value.ToString(CultureInfo.InvariantCulture));
            }
        }

        private void ReportOverLimit(SourceLine line)
        {
            _overLimit = true;
            SourceLine last = _lines[_lines.Count - 1];
            _diagnostics.Report(
                DiagnosticIds.InputTooLarge,
                SourceLine.Span(line, last),
                _fileName,
                ParserLimits.MaxEntries.ToString("N0", CultureInfo.InvariantCulture) + " entries",
                string.Format(CultureInfo.InvariantCulture, "the entries from line {0} on were not read", line.Number));
        }

        /// <summary>
        /// A <c>牵头单位：</c> line shows that the entry just read was the first item of a list of projects,
        /// not a glossary entry: it joins the attachment, which runs from there to the end.
        /// </summary>
        private void StartAttachmentAtUnitLine(CleanLine line)
        {
            EntryDraft? item = _current;
            SourceLine first = line.Source;
            if (item?.LastNumberedLine is SourceLine itemLine)
            {
                // The item began inside the entry's definition: the entry keeps what came before it.
                item.RemoveFromLastNumberedLine();
                first = itemLine;
            }
            else if (item != null)
            {
                _current = null;
                first = item.FirstLine;
            }

            StartBlock(DiagnosticIds.AttachmentSkipped, first, _clean[first.Index].Text);
            _block!.Extend(line.Source);
        }

        private void StartBlock(string diagnosticId, SourceLine first, string sample)
        {
            CloseEntry();
            _block = new SkippedBlock(diagnosticId, first, sample);
        }

        private void CloseBlock()
        {
            SkippedBlock? block = _block;
            _block = null;
            if (block is null)
            {
                return;
            }

            _diagnostics.Report(
                block.DiagnosticId,
                SourceLine.Span(block.FirstLine, block.LastLine),
                block.FirstLine.Number.ToString(CultureInfo.InvariantCulture),
                block.LastLine.Number.ToString(CultureInfo.InvariantCulture),
                DisplayText.Quote(block.Sample, 20));
        }

        private void ReportUnrecognized(CleanLine line)
            => _diagnostics.Report(DiagnosticIds.UnrecognizedLine, line.RangeOf(0, line.Text.Length), DisplayText.Quote(line.Text));

        /// <summary>Reports each kind of residue once per line: <c>**bold**</c> is one report, not two.</summary>
        private void ReportResidue(CleanLine line)
        {
            for (int i = 0; i < line.Residue.Count; i++)
            {
                Residue residue = line.Residue[i];
                if (SeenEarlier(line, i))
                {
                    continue;
                }

                _diagnostics.Report(
                    DiagnosticIds.ConversionResidue,
                    line.Source.RangeOf(residue.Column, residue.Column + residue.Text.Length),
                    DisplayText.Quote(residue.Text));
            }
        }

        private static bool SeenEarlier(CleanLine line, int index)
        {
            for (int i = 0; i < index; i++)
            {
                if (line.Residue[i].Text == line.Residue[index].Text)
                {
                    return true;
                }
            }

            return false;
        }

        private void ReportResidue(CleanLine line, string wholeLine)
        {
            _diagnostics.Report(DiagnosticIds.ConversionResidue, line.RangeOf(0, wholeLine.Length), DisplayText.Quote(wholeLine));
        }
    }
}
