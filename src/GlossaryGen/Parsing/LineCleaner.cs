using System;
using System.Collections.Generic;
using System.Text;

namespace GlossaryGen.Parsing
{
    /// <summary>
    /// Removes what document conversion leaves in a line (<c>[bookmark: _GoBack]</c>, markdown
    /// <c>**bold**</c> markers), decodes HTML entities and trims whitespace, keeping for every
    /// remaining character the source columns it came from.
    /// </summary>
    internal static class LineCleaner
    {
        private const string BookmarkOpening = "[bookmark:";
        private const int MaxBookmarkLength = 200;

        private static readonly IReadOnlyList<Residue> NoResidue = Array.Empty<Residue>();

        public static CleanLine Clean(string text, SourceLine line)
        {
            var builder = new StringBuilder(line.Length);
            var starts = new List<int>(line.Length);
            var ends = new List<int>(line.Length);
            List<Residue>? residue = null;

            int end = line.Start + line.Length;
            int i = line.Start;
            while (i < end)
            {
                char c = text[i];
                int column = i - line.Start;
                int residueLength = ResidueLength(text, i, end);
                if (residueLength > 0)
                {
                    residue ??= new List<Residue>();
                    residue.Add(new Residue(text.Substring(i, residueLength), column));
                    i += residueLength;
                    continue;
                }

                if (c == '&')
                {
                    int entityLength = HtmlEntities.TryDecode(text.Substring(i, Math.Min(16, end - i)), 0, out string decoded);
                    if (entityLength > 0)
                    {
                        foreach (char d in decoded)
                        {
                            builder.Append(d);
                            starts.Add(column);
                            ends.Add(column + entityLength);
                        }

                        i += entityLength;
                        continue;
                    }
                }

                builder.Append(c);
                starts.Add(column);
                ends.Add(column + 1);
                i++;
            }

            return Trim(line, builder.ToString(), starts, ends, residue ?? NoResidue);
        }

        private static int ResidueLength(string text, int index, int end)
        {
            char c = text[index];
            if (c == '*' && index + 1 < end && text[index + 1] == '*')
            {
                return 2;
            }

            if (c == '[' && end - index > BookmarkOpening.Length
                && string.Compare(text, index, BookmarkOpening, 0, BookmarkOpening.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                int limit = Math.Min(end, index + MaxBookmarkLength);
                for (int i = index + BookmarkOpening.Length; i < limit; i++)
                {
                    if (text[i] == ']')
                    {
                        return i - index + 1;
                    }
                }
            }

            return 0;
        }

        private static CleanLine Trim(SourceLine line, string text, List<int> starts, List<int> ends, IReadOnlyList<Residue> residue)
        {
            int first = 0;
            int last = text.Length;
            while (first < last && TextChars.IsSpace(text[first]))
            {
                first++;
            }

            while (last > first && TextChars.IsSpace(text[last - 1]))
            {
                last--;
            }

            int length = last - first;
            var trimmedStarts = new int[length];
            var trimmedEnds = new int[length];
            starts.CopyTo(first, trimmedStarts, 0, length);
            ends.CopyTo(first, trimmedEnds, 0, length);
            return new CleanLine(line, text.Substring(first, length), trimmedStarts, trimmedEnds, residue);
        }
    }
}
