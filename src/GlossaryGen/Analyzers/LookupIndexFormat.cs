using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace GlossaryGen.Analyzers
{
    /// <summary>
    /// The one encoder and decoder of the string inside <c>[GlossaryIndex("…")]</c>. The text is a sequence of
    /// fields, each written as its length in UTF-16 code units, a colon and the field itself, so any term, key or
    /// identifier round-trips without escaping rules:
    /// <c>Version, TermsContainer, DefinitionsContainer, EntryCount, (Identifier, Term)*, KeyCount, (Key, EntryIndex)*</c>.
    /// A version this analyzer does not know, or a malformed text, decodes to null and the analyzer stays silent.
    /// </summary>
    internal static class LookupIndexFormat
    {
        /// <summary>Changes whenever the layout does; an older analyzer then ignores a newer index.</summary>
        public const string Version = "GGI1";

        public static string Encode(LookupIndex index)
        {
            var text = new StringBuilder();
            Field(text, Version);
            Field(text, index.TermsContainer);
            Field(text, index.DefinitionsContainer);
            Field(text, Number(index.Entries.Length));
            foreach (IndexedEntry entry in index.Entries)
            {
                Field(text, entry.Identifier);
                Field(text, entry.Term);
            }

            var keys = new List<KeyValuePair<string, int>>(index.Keys);
            Field(text, Number(keys.Count));
            foreach (KeyValuePair<string, int> key in keys)
            {
                Field(text, key.Key);
                Field(text, Number(key.Value));
            }

            return text.ToString();
        }

        public static LookupIndex? Decode(string? text)
        {
            if (text is null)
            {
                return null;
            }

            var reader = new FieldReader(text);
            if (reader.Next() != Version
                || !(reader.Next() is string termsContainer)
                || !(reader.Next() is string definitionsContainer)
                || !reader.NextNumber(out int entryCount)
                || entryCount > text.Length)
            {
                return null;
            }

            var entries = ImmutableArray.CreateBuilder<IndexedEntry>(entryCount);
            for (int i = 0; i < entryCount; i++)
            {
                if (!(reader.Next() is string identifier) || !(reader.Next() is string term))
                {
                    return null;
                }

                entries.Add(new IndexedEntry(identifier, term));
            }

            if (!reader.NextNumber(out int keyCount))
            {
                return null;
            }

            var keys = new List<KeyValuePair<string, int>>(keyCount);
            for (int i = 0; i < keyCount; i++)
            {
                if (!(reader.Next() is string key) || !reader.NextNumber(out int entryIndex) || entryIndex >= entryCount)
                {
                    return null;
                }

                keys.Add(new KeyValuePair<string, int>(key, entryIndex));
            }

            return reader.AtEnd ? new LookupIndex(termsContainer, definitionsContainer, entries.MoveToImmutable(), keys) : null;
        }

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static void Field(StringBuilder text, string value)
            => text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);

        /// <summary>Reads length-prefixed fields; any inconsistency ends the reading with null.</summary>
        private sealed class FieldReader
        {
            private readonly string _text;
            private int _position;

            public FieldReader(string text)
            {
                _text = text;
            }

            public bool AtEnd => _position == _text.Length;

            public string? Next()
            {
                int length = 0;
                int start = _position;
                while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9' && _position - start < 9)
                {
                    length = (length * 10) + (_text[_position] - '0');
                    _position++;
                }

                if (_position == start || _position >= _text.Length || _text[_position] != ':' || _text.Length - _position - 1 < length)
                {
                    _position = _text.Length + 1;
                    return null;
                }

                string value = _text.Substring(_position + 1, length);
                _position += 1 + length;
                return value;
            }

            public bool NextNumber(out int value)
            {
                value = 0;
                return Next() is string text
                    && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
            }
        }
    }
}
