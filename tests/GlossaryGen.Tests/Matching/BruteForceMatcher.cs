using System;
using System.Collections.Generic;

namespace GlossaryGen.Tests.Matching
{
    /// <summary>
    /// The matching rule written as plainly as possible, as the reference the fast matcher must agree
    /// with: at each position take the longest key that starts there, then continue after it.
    /// </summary>
    internal static class BruteForceMatcher
    {
        public static List<(int Index, int Length, int EntryIndex)> Find(string text, IReadOnlyList<KeyValuePair<string, int>> keys)
        {
            var matches = new List<(int, int, int)>();
            int position = 0;
            while (position < text.Length)
            {
                string? longest = null;
                int entry = -1;
                foreach (KeyValuePair<string, int> key in keys)
                {
                    if (key.Key.Length > 0
                        && (longest is null || key.Key.Length > longest.Length)
                        && string.CompareOrdinal(text, position, key.Key, 0, key.Key.Length) == 0
                        && position + key.Key.Length <= text.Length)
                    {
                        longest = key.Key;
                        entry = key.Value;
                    }
                }

                if (longest is null)
                {
                    position++;
                    continue;
                }

                matches.Add((position, longest.Length, entry));
                position += longest.Length;
            }

            return matches;
        }
    }
}
