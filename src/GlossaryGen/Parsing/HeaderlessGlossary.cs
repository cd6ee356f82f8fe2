using System.Collections.Generic;
using System.Threading;

namespace GlossaryGen.Parsing
{
    /// <summary>
    /// Finds a glossary that has no header line: a media reprint is a news paragraph, then the numbered
    /// list of terms. The list is the last one in the file that starts at 1, reads as entries with certain
    /// separators, keeps its numbering in sequence and fills the rest of the file. At least three entries,
    /// or one when the list is markdown footnotes (<c>[^1]: 六零：…</c>) that all define terms.
    /// </summary>
    internal static class HeaderlessGlossary
    {
        private const int MinEntries = 3;

        /// <summary>Entries take one line, or a few paragraphs: at least one line in this many opens an entry.</summary>
        private const int MaxLinesPerEntry = 2;

        /// <summary>Non-blank lines allowed after the list's last entry: a wrapped definition, a signature, a footer.</summary>
        private const int MaxLinesAfterList = 3;

        /// <summary>The index of the list's first line, or -1 when the file does not end with such a list.</summary>
        public static int FindStart(CleanLines lines, int firstLine, CancellationToken cancellationToken)
        {
            for (int i = lines.Count - 1; i > firstLine; i--)
            {
                if ((i & 0x3FF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                CleanLine line = lines[i];
                Numbering numbering = NumberingReader.Read(line.Text, 1);
                if (numbering.IsPresent && numbering.Number == 1 && IsCertainEntry(line.Text, numbering))
                {
                    return FillsTheRest(lines, i, numbering.Style) && HasBodyBefore(lines, firstLine, i) && !FollowsBodyIntroduction(lines, firstLine, i) ? i : -1;
                }
            }

            return -1;
        }

        /// <summary>Whether a numbered line surely opens an entry: a term, then a colon or a closing quote, not guessed.</summary>
        internal static bool IsCertainEntry(string text, Numbering numbering)
        {
            HeadingSplit split = HeadingSplitter.Split(text.Substring(numbering.Length), numbered: true);
            return (split.Kind == SeparatorKind.Colon || split.Kind == SeparatorKind.ClosingQuote) && !split.IsGuess;
        }

        private static bool FillsTheRest(CleanLines lines, int start, NumberingStyle style)
        {
            int entries = 0;
            int otherFootnotes = 0;
            int nonBlank = 0;
            int linesAfterLastEntry = 0;
            for (int i = start; i < lines.Count; i++)
            {
                CleanLine line = lines[i];
                if (line.IsBlank)
                {
                    continue;
                }

                if (TrailingAttachment.IsUnitLine(line.Text) || TrailingAttachment.IsTableRow(line.Text))
                {
                    // 牵头单位：… lines make it a list of projects, not of terms.
                    return false;
                }

                nonBlank++;
                linesAfterLastEntry++;
                Numbering numbering = NumberingReader.Read(line.Text, entries + 1);
                if (numbering.IsPresent && numbering.Style == style && numbering.Number == entries + 1 && IsCertainEntry(line.Text, numbering))
                {
                    entries++;
                    linesAfterLastEntry = 0;
                }
                else if (numbering.IsPresent && numbering.Style == NumberingStyle.Footnote)
                {
                    otherFootnotes++;
                }
            }

            // Markdown footnotes that all define a term are a glossary however few: a converter writes a Word
            // document's footnotes so, and a numbered list of the body never looks like [^1]: 六零：….
            int minEntries = style == NumberingStyle.Footnote && otherFootnotes == 0 ? 1 : MinEntries;

            // A list in the body is followed by more body; a glossary ends the file (a footer line or two may follow).
            return entries >= minEntries && entries * MaxLinesPerEntry >= nonBlank && linesAfterLastEntry <= MaxLinesAfterList;
        }

        /// <summary>
        /// Whether the line before the list makes it part of the body: an attachment title
        /// (<c>附件：2024年十件民生实事</c>), or a sentence that introduces its own list (<c>今年将办好以下实事：</c>).
        /// A sentence that introduces terms (<c>报告中的新名词解释如下：</c>) does not.
        /// </summary>
        private static bool FollowsBodyIntroduction(CleanLines lines, int firstLine, int start)
        {
            for (int i = start - 1; i >= firstLine; i--)
            {
                string line = lines[i].Text;
                if (line.Length == 0)
                {
                    continue;
                }

                if (TrailingAttachment.IsAttachmentTitle(line))
                {
                    return true;
                }

                return TextChars.IsColon(line[line.Length - 1]) && !MentionsTerms(line);
            }

            return false;
        }

        private static bool MentionsTerms(string line)
            => line.IndexOf("名词", System.StringComparison.Ordinal) >= 0 || line.IndexOf("解释", System.StringComparison.Ordinal) >= 0
                || line.IndexOf("释义", System.StringComparison.Ordinal) >= 0 || line.IndexOf("新词", System.StringComparison.Ordinal) >= 0;

        /// <summary>Without body text before it, the list is a plain glossary file, read as such from its first line.</summary>
        private static bool HasBodyBefore(CleanLines lines, int firstLine, int start)
        {
            for (int i = firstLine; i < start; i++)
            {
                if (!lines[i].IsBlank)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
