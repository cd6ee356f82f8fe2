using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace GlossaryGen.Benchmarks
{
    /// <summary>
    /// The platform's ways of finding many strings in a text, each made to follow the same rule as the
    /// generated Find (leftmost, then longest, non-overlapping) so that all return the same matches.
    /// </summary>
    internal sealed class Baselines
    {
        private readonly string[] _keys;
        private readonly System.Text.RegularExpressions.Regex _regex;
        private readonly SearchValues<string> _searchValues;
        private readonly Dictionary<char, string[]> _keysByFirstChar;

        public Baselines(string[] keys)
        {
            _keys = keys;
            // .NET's alternation is leftmost-first: listing longer keys first makes it leftmost-longest.
            string pattern = string.Join("|", keys.OrderByDescending(key => key.Length).ThenBy(key => key, StringComparer.Ordinal).Select(System.Text.RegularExpressions.Regex.Escape));
            _regex = new System.Text.RegularExpressions.Regex(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant);
            _searchValues = SearchValues.Create(keys, StringComparison.Ordinal);
            _keysByFirstChar = keys
                .GroupBy(key => key[0])
                .ToDictionary(group => group.Key, group => group.OrderByDescending(key => key.Length).ToArray());
        }

        public (int Count, long Checksum) Regex(string text)
        {
            int count = 0;
            long checksum = 0;
            foreach (ValueMatch match in _regex.EnumerateMatches(text))
            {
                count++;
                checksum = Mix(checksum, match.Index, match.Length);
            }

            return (count, checksum);
        }

        public (int Count, long Checksum) SearchValuesLoop(string text)
        {
            int count = 0;
            long checksum = 0;
            ReadOnlySpan<char> span = text;
            int position = 0;
            while (true)
            {
                int found = span.Slice(position).IndexOfAny(_searchValues);
                if (found < 0)
                {
                    return (count, checksum);
                }

                int index = position + found;
                int length = LongestAt(span, index);
                count++;
                checksum = Mix(checksum, index, length);
                position = index + length;
            }
        }

        public (int Count, long Checksum) IndexOfPerTerm(string text)
        {
            var candidates = new List<(int Index, int Length)>();
            foreach (string key in _keys)
            {
                for (int at = text.IndexOf(key, StringComparison.Ordinal); at >= 0; at = text.IndexOf(key, at + 1, StringComparison.Ordinal))
                {
                    candidates.Add((at, key.Length));
                }
            }

            candidates.Sort((a, b) => a.Index != b.Index ? a.Index.CompareTo(b.Index) : b.Length.CompareTo(a.Length));
            int count = 0;
            long checksum = 0;
            int end = 0;
            foreach ((int index, int length) in candidates)
            {
                if (index >= end)
                {
                    count++;
                    checksum = Mix(checksum, index, length);
                    end = index + length;
                }
            }

            return (count, checksum);
        }

        public static (int Count, long Checksum) GeneratedFind(string text)
        {
            int count = 0;
            long checksum = 0;
            foreach (GlossaryMatch match in Glossary.EnumerateMatches(text))
            {
                count++;
                checksum = Mix(checksum, match.Index, match.Length);
            }

            return (count, checksum);
        }

        private int LongestAt(ReadOnlySpan<char> text, int index)
        {
            foreach (string key in _keysByFirstChar[text[index]])
            {
                if (text.Slice(index).StartsWith(key, StringComparison.Ordinal))
                {
                    return key.Length;
                }
            }

            throw new InvalidOperationException("SearchValues found no key at " + index);
        }

        private static long Mix(long checksum, int index, int length) => unchecked((checksum * 1_000_003) + (index * 131) + length);
    }
}
