using System.Collections.Generic;
using System.Collections.Immutable;

namespace GlossaryGen.Analyzers
{
    // Inside the namespace, so these win over the runtime's public GlossaryGen.GlossaryKey and GlossarySuggestions,
    // which the compiler that loads this analyzer cannot load: the generator's internal copies of the same source.
    using GlossaryKey = GlossaryGen.Building.GlossaryKey;
    using GlossarySuggestions = GlossaryGen.Building.GlossarySuggestions;

    /// <summary>One entry as the index knows it: the typed member's identifier and the term suggestions name.</summary>
    internal readonly struct IndexedEntry
    {
        public IndexedEntry(string identifier, string term)
        {
            Identifier = identifier;
            Term = term;
        }

        public string Identifier { get; }

        public string Term { get; }
    }

    /// <summary>
    /// What a generated glossary class answers to, as the analyzer needs it: every normalized lookup key and the
    /// entry it finds, every entry's term, and the names of the typed-member containers. Written by the generator
    /// into <c>[GlossaryIndex]</c> (<see cref="LookupIndexFormat"/>), read back by <see cref="LookupAnalyzer"/>.
    /// </summary>
    internal sealed class LookupIndex
    {
        private readonly Dictionary<string, int> _entryByKey;
        private string[]? _terms;

        public LookupIndex(
            string termsContainer,
            string definitionsContainer,
            ImmutableArray<IndexedEntry> entries,
            IEnumerable<KeyValuePair<string, int>> keys)
        {
            TermsContainer = termsContainer;
            DefinitionsContainer = definitionsContainer;
            Entries = entries;
            _entryByKey = new Dictionary<string, int>(System.StringComparer.Ordinal);
            foreach (KeyValuePair<string, int> key in keys)
            {
                _entryByKey[key.Key] = key.Value;
            }
        }

        /// <summary>The nested class holding one <c>GlossaryEntry</c> per entry (<c>Terms</c>).</summary>
        public string TermsContainer { get; }

        /// <summary>The nested class holding one <c>const string</c> per entry (<c>Definitions</c>).</summary>
        public string DefinitionsContainer { get; }

        /// <summary>Every entry, by its position in the generated <c>All</c>.</summary>
        public ImmutableArray<IndexedEntry> Entries { get; }

        /// <summary>Every key and the position of the entry it finds, sorted by key (ordinal).</summary>
        public IEnumerable<KeyValuePair<string, int>> Keys
        {
            get
            {
                var keys = new List<KeyValuePair<string, int>>(_entryByKey);
                keys.Sort((left, right) => string.CompareOrdinal(left.Key, right.Key));
                return keys;
            }
        }

        /// <summary>
        /// The entry the generated <c>IndexOf(term)</c> finds, or -1. The same two steps as the generated code:
        /// <see cref="GlossaryKey.Normalize"/> and an exact match, then, for an argument quoted differently from the
        /// glossary, <see cref="GlossaryKey.RemoveQuotes"/> and an exact match (see GlossaryEmitter.EmitLookups).
        /// A test compares this with the compiled lookup on every rule.
        /// </summary>
        public int IndexOf(string term)
        {
            string key = GlossaryKey.Normalize(term);
            if (_entryByKey.TryGetValue(key, out int index))
            {
                return index;
            }

            string unquoted = GlossaryKey.RemoveQuotes(key);
            return !ReferenceEquals(unquoted, key) && _entryByKey.TryGetValue(unquoted, out index) ? index : -1;
        }

        /// <summary>Up to three terms closest to <paramref name="term"/>, exactly as the run-time KeyNotFoundException names them.</summary>
        public IReadOnlyList<string> Closest(string term)
        {
            string[]? terms = _terms;
            if (terms is null)
            {
                terms = new string[Entries.Length];
                for (int i = 0; i < terms.Length; i++)
                {
                    terms[i] = Entries[i].Term;
                }

                _terms = terms;
            }

            return GlossarySuggestions.Closest(term, terms);
        }
    }
}
