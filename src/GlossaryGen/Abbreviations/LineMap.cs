using System.Collections.Generic;
using GlossaryGen.Model;

namespace GlossaryGen.Abbreviations
{
    /// <summary>
    /// Turns offsets of a text into <see cref="TextRange"/>s with 0-based lines and columns, counting
    /// line breaks the way Roslyn does (\r\n, \n and \r each end a line).
    /// </summary>
    internal sealed class LineMap
    {
        private readonly List<int> _lineStarts = new List<int> { 0 };

        public LineMap(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                if (c == '\r' || c == '\n')
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        /// <summary>The offset where 0-based line <paramref name="line"/> starts, or the end for a line past the last.</summary>
        public int LineStart(int line, int textLength) => line < _lineStarts.Count ? _lineStarts[line] : textLength;

        public TextRange Range(int start, int length)
        {
            int startLine = LineOf(start);
            int endLine = LineOf(start + length);
            return new TextRange(start, length, startLine, start - _lineStarts[startLine], endLine, start + length - _lineStarts[endLine]);
        }

        private int LineOf(int offset)
        {
            int index = _lineStarts.BinarySearch(offset);
            return index >= 0 ? index : ~index - 1;
        }
    }
}
