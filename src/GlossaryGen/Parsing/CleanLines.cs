using System.Collections.Generic;

namespace GlossaryGen.Parsing
{
    /// <summary>
    /// The lines of one file, each cleaned (<see cref="LineCleaner"/>) the first time it is asked for and kept: the
    /// header search, the running-header count and the section reader all read the same lines, and cleaning is
    /// the costliest thing done to every line.
    /// </summary>
    internal sealed class CleanLines
    {
        private readonly CleanLine?[] _clean;

        public CleanLines(string text, List<SourceLine> lines)
        {
            Text = text;
            Lines = lines;
            _clean = new CleanLine?[lines.Count];
        }

        /// <summary>The whole file.</summary>
        public string Text { get; }

        /// <summary>The physical lines.</summary>
        public List<SourceLine> Lines { get; }

        public int Count => Lines.Count;

        /// <summary>The line at <paramref name="index"/>, cleaned.</summary>
        public CleanLine this[int index] => _clean[index] ??= LineCleaner.Clean(Text, Lines[index]);
    }
}
