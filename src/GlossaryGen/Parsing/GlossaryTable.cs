using System.Collections.Generic;

namespace GlossaryGen.Parsing
{
    /// <summary>
    /// A glossary printed as a table (<c>| 序号 | 名词 | 解释 |</c>, or cells separated by tabs): its header row names a term column
    /// and a definition column, and every row after the delimiter row is one entry.
    /// </summary>
    internal sealed class GlossaryTable
    {
        private static readonly string[] TermTitles = { "名词", "术语", "词条", "名称", "名詞", "術語", "詞條", "名稱" };

        private static readonly string[] DefinitionTitles = { "解释", "释义", "含义", "定义", "说明", "解釋", "釋義", "含義", "定義", "說明" };

        private GlossaryTable(int termColumn, int definitionColumn)
        {
            TermColumn = termColumn;
            DefinitionColumn = definitionColumn;
        }

        public int TermColumn { get; }

        public int DefinitionColumn { get; }

        /// <summary>The table whose header row <paramref name="text"/> is, or null when the row does not name both columns.</summary>
        public static GlossaryTable? FromHeaderRow(string text)
        {
            List<Cell> cells = Cells(text);
            int term = -1;
            int definition = -1;
            for (int i = 0; i < cells.Count; i++)
            {
                string cell = text.Substring(cells[i].Start, cells[i].Length);
                bool namesDefinition = PhraseList.ContainsAny(cell, DefinitionTitles);
                if (term < 0 && PhraseList.ContainsAny(cell, TermTitles) && !namesDefinition)
                {
                    term = i;
                }
                else if (definition < 0 && namesDefinition)
                {
                    definition = i;
                }
            }

            return term >= 0 && definition > term ? new GlossaryTable(term, definition) : null;
        }

        /// <summary>The <c>| --- | :---: |</c> row under the header row.</summary>
        public static bool IsDelimiterRow(string text)
        {
            foreach (char c in text)
            {
                if (c != '|' && c != '-' && c != ':' && !TextChars.IsSpace(c))
                {
                    return false;
                }
            }

            return text.IndexOf('-') >= 0;
        }

        /// <summary>Whether the line is a row: markdown pipes around it, or cells separated by tabs (a table copied from Word or Excel).</summary>
        public static bool IsRow(string text)
            => (text.Length >= 2 && text[0] == '|' && text[text.Length - 1] == '|') || text.IndexOf('\t') > 0;

        /// <summary>
        /// The cells of a row, trimmed, as positions in <paramref name="text"/>: between pipes (the outer pipes
        /// open and close the row), or between tabs in a row without pipes.
        /// </summary>
        public static List<Cell> Cells(string text)
        {
            var cells = new List<Cell>();
            bool piped = text.Length > 0 && text[0] == '|';
            char separator = piped ? '|' : '\t';
            int start = piped ? 1 : 0;
            int end = piped && text.Length > start && text[text.Length - 1] == '|' ? text.Length - 1 : text.Length;
            int cellStart = start;
            for (int i = start; i <= end; i++)
            {
                if (i == end || text[i] == separator)
                {
                    int first = cellStart;
                    int last = i;
                    while (first < last && TextChars.IsSpace(text[first]))
                    {
                        first++;
                    }

                    while (last > first && TextChars.IsSpace(text[last - 1]))
                    {
                        last--;
                    }

                    cells.Add(new Cell(first, last - first));
                    cellStart = i + 1;
                }
            }

            return cells;
        }

        internal readonly struct Cell
        {
            public Cell(int start, int length)
            {
                Start = start;
                Length = length;
            }

            public int Start { get; }

            public int Length { get; }
        }
    }
}
