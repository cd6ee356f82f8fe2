using System.Collections.Generic;

namespace GlossaryGen.Parsing
{
    /// <summary>
    /// A markdown front matter block at the top of a file (<c>---</c>, <c>title: …</c>, <c>---</c>): metadata of
    /// the conversion, never entries (its <c>source: https://…</c> line would otherwise read as one).
    /// </summary>
    internal static class FrontMatter
    {
        private const int MaxLines = 50;

        /// <summary>The index of the first line after the block, or 0 when the file has none.</summary>
        public static int LinesToSkip(string text, List<SourceLine> lines)
        {
            if (lines.Count == 0 || !IsFence(text, lines[0]))
            {
                return 0;
            }

            for (int i = 1; i < lines.Count && i <= MaxLines; i++)
            {
                if (IsFence(text, lines[i]))
                {
                    return i + 1;
                }
            }

            return 0;
        }

        private static bool IsFence(string text, SourceLine line)
            => text.Substring(line.Start, line.Length).Trim().TrimStart('\uFEFF') == "---";
    }
}
