using System;
using System.Collections.Generic;
using System.Linq;
using GlossaryGen.Matching;

namespace GlossaryGen.Tests.Matching
{
    /// <summary>
    /// Builds tables in-process and runs the runtime matcher over them, with one entry object per
    /// entry index, so tests can compare its answers with <see cref="BruteForceMatcher"/>.
    /// </summary>
    internal sealed class MatcherHarness
    {
        private readonly GlossaryEntry[] _entries;

        public MatcherHarness(IReadOnlyList<KeyValuePair<string, int>> keys)
        {
            Keys = keys;
            Tables = MatcherTableBuilder.Build(keys);
            int count = keys.Count == 0 ? 0 : keys.Max(key => key.Value) + 1;
            _entries = Enumerable.Range(0, count)
                .Select(i => new GlossaryEntry("entry" + i, "entry" + i, "definition " + i, "test.txt", i + 1, i + 1))
                .ToArray();
            Matcher = new GlossaryMatcher(Tables.Data!, i => _entries[i]);
        }

        public IReadOnlyList<KeyValuePair<string, int>> Keys { get; }

        public MatcherTables Tables { get; }

        public GlossaryMatcher Matcher { get; }

        public static MatcherHarness For(params string[] keys)
            => new MatcherHarness(keys.Select((key, i) => new KeyValuePair<string, int>(key, i)).ToList());

        public List<(int Index, int Length, int EntryIndex)> Find(string text)
            => Matcher.Find(text).Select(match => (match.Index, match.Length, IndexOf(match.Entry))).ToList();

        public List<(int Index, int Length, int EntryIndex)> Enumerate(string text)
        {
            var found = new List<(int, int, int)>();
            foreach (GlossaryMatch match in Matcher.EnumerateMatches(text))
            {
                found.Add((match.Index, match.Length, IndexOf(match.Entry)));
            }

            return found;
        }

        public List<(int Index, int Length, int EntryIndex)> EnumerateSpan(string text)
        {
            var found = new List<(int, int, int)>();
            foreach (GlossaryMatch match in Matcher.EnumerateMatches(text.AsSpan()))
            {
                found.Add((match.Index, match.Length, IndexOf(match.Entry)));
            }

            return found;
        }

        public List<(int Index, int Length, int EntryIndex)> Expected(string text) => BruteForceMatcher.Find(text, Keys);

        private int IndexOf(GlossaryEntry entry) => Array.IndexOf(_entries, entry);
    }
}
