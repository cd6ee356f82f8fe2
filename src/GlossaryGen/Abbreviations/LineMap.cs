using System.Collections.Generic;
using System.Threading;
using GlossaryGen.Model;
using GlossaryGen.Parsing;

namespace GlossaryGen.Abbreviations
{
    /// <summary>
    /// Turns offsets of a text into <see cref="TextRange"/>s with 0-based lines and columns. The lines are
    /// <see cref="LineSplitter"/>'s, so a diagnostic about the body and one about the glossary count the same
    /// line breaks (U+0085, U+2028 and U+2029 included), as Roslyn's <c>SourceText</c> does.
    /// </summary>
    internal sealed class LineMap
    {
        private readonly List<int> _lineStarts;

        public LineMap(string text, CancellationToken cancellationToken = default)
        {
            List<SourceLine> lines = LineSplitter.Split(text, cancellationToken);
            _lineStarts = new List<int>(lines.Count);
            foreach (SourceLine line in lines)
            {
                _lineStarts.Add(line.Start);
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
