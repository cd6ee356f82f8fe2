using System.Collections.Generic;

namespace GlossaryGen.Parsing
{
    /// <summary>
    /// A line with conversion residue removed, HTML entities decoded and surrounding whitespace
    /// trimmed, and for every character the columns it came from, so ranges point at the original text.
    /// </summary>
    internal sealed class CleanLine
    {
        private readonly int[] _sourceStarts;
        private readonly int[] _sourceEnds;

        public CleanLine(SourceLine source, string text, int[] sourceStarts, int[] sourceEnds, IReadOnlyList<Residue> residue)
        {
            Source = source;
            Text = text;
            _sourceStarts = sourceStarts;
            _sourceEnds = sourceEnds;
            Residue = residue;
        }

        public SourceLine Source { get; }

        public string Text { get; }

        public bool IsBlank => Text.Length == 0;

        /// <summary>The residue removed from the line, in order.</summary>
        public IReadOnlyList<Residue> Residue { get; }

        /// <summary>The source column of the first character of <see cref="Text"/>[index].</summary>
        public int SourceStart(int index)
        {
            if (Text.Length == 0)
            {
                return 0;
            }

            return _sourceStarts[index < 0 ? 0 : index >= Text.Length ? Text.Length - 1 : index];
        }

        /// <summary>The source column just after <see cref="Text"/>[index].</summary>
        public int SourceEnd(int index)
        {
            if (Text.Length == 0)
            {
                return 0;
            }

            return _sourceEnds[index < 0 ? 0 : index >= Text.Length ? Text.Length - 1 : index];
        }

        /// <summary>The source range of <see cref="Text"/>[start, start + length).</summary>
        public Model.TextRange RangeOf(int start, int length)
        {
            if (Text.Length == 0)
            {
                return Source.RangeOf(0, 0);
            }

            if (length <= 0)
            {
                int column = SourceStart(start);
                return Source.RangeOf(column, column);
            }

            return Source.RangeOf(SourceStart(start), SourceEnd(start + length - 1));
        }
    }

    /// <summary>A piece of conversion residue found on a line, such as <c>[bookmark: _GoBack]</c>.</summary>
    internal readonly struct Residue
    {
        public Residue(string text, int column)
        {
            Text = text;
            Column = column;
        }

        public string Text { get; }

        /// <summary>The source column where it starts.</summary>
        public int Column { get; }
    }
}
