using System.Collections.Generic;

namespace GlossaryGen.Parsing
{
    /// <summary>
    /// A bare <c>注：</c> heading the notes that end a statistics bulletin (<c>注：</c>, <c>1.本公报中部分数据为初步统计数。</c>,
    /// <c>2.规模以上服务业：指…</c>). It is a glossary header only when what follows it, to the end of the file, is one
    /// numbered list in sequence from 1 of which at least one item defines a term: the notes under a table in a report
    /// body are followed by more body, and notes that define nothing are no glossary.
    /// </summary>
    internal static class NotesHeader
    {
        /// <summary>Unnumbered lines allowed in a row after a note: its wrapped second line, a footer, a signature.</summary>
        private const int MaxLinesAfterItem = 3;

        public static bool IsNotesHeader(CleanLines lines, int index, string cleanHeader)
        {
            string header = cleanHeader.Trim();
            if (header.Length != 2 || header[0] != '注' || !TextChars.IsColon(header[1]))
            {
                return false;
            }

            int items = 0;
            int definitions = 0;
            int linesAfterItem = 0;
            NumberingStyle? style = null;
            for (int i = index + 1; i < lines.Count; i++)
            {
                CleanLine line = lines[i];
                if (line.IsBlank)
                {
                    continue;
                }

                Numbering numbering = NumberingReader.Read(line.Text, items + 1);
                if (numbering.IsPresent && numbering.Number == items + 1 && (style == null || numbering.Style == style.Value))
                {
                    style = numbering.Style;
                    items++;
                    linesAfterItem = 0;
                    if (HeaderlessGlossary.IsCertainEntry(line.Text, numbering))
                    {
                        definitions++;
                    }
                }
                else if (items == 0 || ++linesAfterItem > MaxLinesAfterItem)
                {
                    return false;
                }
            }

            return definitions > 0;
        }
    }
}
