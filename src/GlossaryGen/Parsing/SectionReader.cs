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

        private readonly string _text;
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

        public SectionReader(string text, List<SourceLine> lines, string fileName, DiagnosticSink diagnostics)
        {
            _text = text;
            _lines = lines;
            _fileName = fileName;
            _diagnostics = diagnostics;
            _checks = new EntryChecks(diagnostics);
        }

        public List<ParsedEntry> Entries => _entries;

        public bool IsNumbered => _style.HasValue && _style.Value != NumberingStyle.None;

        /// <summary>How many lines opened an entry, including entries later dropped as duplicates or empty.</summary>
        public int EntryStartCount { get; private set; }

        /// <summary>How many non-blank lines the section has.</summary>
        public int NonBlankLineCount { get; private set; }

        public void Read(int firstLine, CancellationToken cancellationToken)
        {
            CleanLine? next = firstLine < _lines.Count ? LineCleaner.Clean(_text, _lines[firstLine]) : null;
            for (int index = firstLine; index < _lines.Count && !_overLimit; index++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                CleanLine line = next!;
                next = index + 1 < _lines.Count ? LineCleaner.Clean(_text, _lines[index + 1]) : null;
                ReadLine(line, next, index);
            }

            CloseEntry();
            CloseBlock();
        }

        private void ReadLine(CleanLine line, CleanLine? next, int index)
        {
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
            if (OpensFooter(text, index))
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
            else if (PageNumber.IsPageNumber(text))
            {
                ReportResidue(line, text);
            }
            else if (!TryStartEntry(line, next))
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
                else
                {
                    ReportUnrecognized(line);
                }
            }

            _blankSinceLastLine = false;
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

            if (!WebFooter.IsFooterLine(text))
            {
                return false;
            }

            int seen = 0;
            int limit = index + 1 + (FooterLookahead * 4);
            for (int i = index + 1; i < _lines.Count && i < limit && seen < FooterLookahead; i++)
            {
                CleanLine ahead = LineCleaner.Clean(_text, _lines[i]);
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

        private bool TryStartEntry(CleanLine line, CleanLine? next)
        {
            string text = line.Text;
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
                    ReportUnrecognized(line);
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
            switch (split.Kind)
            {
                case SeparatorKind.Colon:
                case SeparatorKind.ClosingQuote:
                    break;
                case SeparatorKind.Space:
                    if (_current != null && !HeadingSplitter.StartsWithDefinitionPrefix(text, split.DefinitionStart) && _lastSeparator != SeparatorKind.Space)
                    {
                        return false;
                    }

                    break;
                case SeparatorKind.LineBreak:
                    bool opensEntry = (_current is null || _blankSinceLastLine) && next != null && !next.IsBlank;
                    if (!opensEntry)
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

            int headingStart = numbering.Length;
            string heading = line.Text.Substring(headingStart, split.HeadingLength);
            TextRange headingRange = line.RangeOf(headingStart, split.HeadingLength);
            _current = new EntryDraft(number, heading, headingRange, line.Source);
            EntryStartCount++;
            _lastSeparator = split.Kind;
            ReportResidue(line);

            int definitionStart = headingStart + split.DefinitionStart;
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
            TextRange range = line.RangeOf(0, numbering.Length);
            string number = numbering.Number.ToString(CultureInfo.InvariantCulture);
            if (!_lastNumber.HasValue)
            {
                if (numbering.Number != 1)
                {
                    _diagnostics.Report(DiagnosticIds.FirstNumberNotOne, range, number);
                }
            }
            else if (numbering.Number != _lastNumber.Value + 1)
            {
                _diagnostics.Report(DiagnosticIds.NumberOutOfSequence, range, number, _lastNumber.Value.ToString(CultureInfo.InvariantCulture));
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

            StartBlock(DiagnosticIds.AttachmentSkipped, first, LineCleaner.Clean(_text, first).Text);
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
