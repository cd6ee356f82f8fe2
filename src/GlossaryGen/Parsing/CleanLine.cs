using System.Collections.Generic;

namespace GlossaryGen.Parsing
{
    /// <summary>
    /// A line with conversion residue removed, HTML entities decoded and surrounding whitespace
    /// trimmed, with a map back to the source columns so ranges point at the original text.
    /// </summary>
    internal sealed class CleanLine
    {
        private readonly IReadOnlyList<CleanSegment> _segments;
        private readonly int _trimmed;

        /// <param name="segments">Pieces of the untrimmed clean text and where each came from, in order.</param>
        /// <param name="trimmed">How many characters were trimmed from the start of the untrimmed clean text.</param>
        public CleanLine(SourceLine source, string text, IReadOnlyList<CleanSegment> segments, int trimmed, IReadOnlyList<Residue> residue)
        {
            Source = source;
            Text = text;
            _segments = segments;
            _trimmed = trimmed;
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
            int clean = Clamp(index) + _trimmed;
            CleanSegment segment = SegmentAt(clean);
            return segment.IsCopy ? segment.SourceStart + (clean - segment.CleanStart) : segment.SourceStart;
        }

        /// <summary>The source column just after <see cref="Text"/>[index].</summary>
        public int SourceEnd(int index)
        {
            int clean = Clamp(index) + _trimmed;
            CleanSegment segment = SegmentAt(clean);
            return segment.IsCopy ? segment.SourceStart + (clean - segment.CleanStart) + 1 : segment.SourceStart + segment.SourceLength;
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

        /// <summary>
        /// The part of the line from <paramref name="start"/> to <paramref name="end"/>, trimmed, with its map to the
        /// source kept: a line that holds two entries (<c>…。20.智改数转：…</c>) is read as two. Residue stays with
        /// the first part, so it is reported once.
        /// </summary>
        public CleanLine Slice(int start, int end)
        {
            while (start < end && TextChars.IsSpace(Text[start]))
            {
                start++;
            }

            while (end > start && TextChars.IsSpace(Text[end - 1]))
            {
                end--;
            }

            IReadOnlyList<Residue> residue = start == 0 ? Residue : System.Array.Empty<Residue>();
            return new CleanLine(Source, Text.Substring(start, end - start), _segments, _trimmed + start, residue);
        }

        private int Clamp(int index) => index < 0 ? 0 : index >= Text.Length ? Text.Length - 1 : index;

        /// <summary>Binary search: segments are few (one per removal or entity) and ordered by clean position.</summary>
        private CleanSegment SegmentAt(int clean)
        {
            int low = 0;
            int high = _segments.Count - 1;
            while (low < high)
            {
                int middle = (low + high + 1) / 2;
                if (_segments[middle].CleanStart <= clean)
                {
                    low = middle;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return _segments.Count == 0 ? default : _segments[low];
        }
    }

    /// <summary>
    /// A piece of a cleaned line: a run copied from the source, or one decoded HTML entity, which maps
    /// as a whole to its source span.
    /// </summary>
    internal readonly struct CleanSegment
    {
        public CleanSegment(int cleanStart, int sourceStart, int sourceLength, bool isCopy)
        {
            CleanStart = cleanStart;
            SourceStart = sourceStart;
            SourceLength = sourceLength;
            IsCopy = isCopy;
        }

        public int CleanStart { get; }

        public int SourceStart { get; }

        public int SourceLength { get; }

        public bool IsCopy { get; }
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
