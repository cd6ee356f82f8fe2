using System;
using System.Collections;
using System.Collections.Generic;

namespace GlossaryGen
{
    /// <summary>
    /// The matches of a glossary in a string, found one at a time as <c>foreach</c> asks for them: no
    /// list is built, so enumerating a large text allocates nothing.
    /// </summary>
    /// <remarks>
    /// <c>foreach</c> over the value uses it directly; going through <see cref="IEnumerable{T}"/> (LINQ)
    /// works too, at the cost of boxing it once.
    /// </remarks>
    public struct GlossaryMatchEnumerator : IEnumerable<GlossaryMatch>, IEnumerator<GlossaryMatch>
    {
        private readonly GlossaryMatcher _matcher;
        private readonly string _text;
        private int _position;
        private GlossaryMatch _current;

        internal GlossaryMatchEnumerator(GlossaryMatcher matcher, string text)
        {
            _matcher = matcher;
            _text = text;
            _position = 0;
            _current = default;
        }

        /// <summary>The match the enumerator is on.</summary>
        public GlossaryMatch Current => _current;

        object IEnumerator.Current => _current;

        /// <summary>Returns the enumerator itself, at its current position, so <c>foreach</c> can use it.</summary>
        public GlossaryMatchEnumerator GetEnumerator() => this;

        IEnumerator<GlossaryMatch> IEnumerable<GlossaryMatch>.GetEnumerator() => this;

        IEnumerator IEnumerable.GetEnumerator() => this;

        /// <summary>Moves to the next match; false when there is none.</summary>
        public bool MoveNext()
        {
            if (_matcher is null)
            {
                return false;
            }

            if (_matcher.TryMatchNext(_text, ref _position, out int index, out int length, out int entryIndex))
            {
                _current = new GlossaryMatch(index, length, _matcher.EntryAt(entryIndex));
                return true;
            }

            _current = default;
            return false;
        }

        /// <summary>Goes back to the start of the text.</summary>
        public void Reset()
        {
            _position = 0;
            _current = default;
        }

        /// <summary>Does nothing: the enumerator holds no resources.</summary>
        public void Dispose()
        {
        }
    }

#if NET8_0_OR_GREATER
    /// <summary>
    /// The matches of a glossary in a span of characters, found one at a time as <c>foreach</c> asks
    /// for them, without allocating.
    /// </summary>
    public ref struct GlossarySpanMatchEnumerator
    {
        private readonly GlossaryMatcher _matcher;
        private readonly ReadOnlySpan<char> _text;
        private int _position;
        private GlossaryMatch _current;

        internal GlossarySpanMatchEnumerator(GlossaryMatcher matcher, ReadOnlySpan<char> text)
        {
            _matcher = matcher;
            _text = text;
            _position = 0;
            _current = default;
        }

        /// <summary>The match the enumerator is on.</summary>
        public readonly GlossaryMatch Current => _current;

        /// <summary>Returns the enumerator itself, at its current position, so <c>foreach</c> can use it.</summary>
        public readonly GlossarySpanMatchEnumerator GetEnumerator() => this;

        /// <summary>Moves to the next match; false when there is none.</summary>
        public bool MoveNext()
        {
            if (_matcher is null)
            {
                return false;
            }

            if (_matcher.TryMatchNext(_text, ref _position, out int index, out int length, out int entryIndex))
            {
                _current = new GlossaryMatch(index, length, _matcher.EntryAt(entryIndex));
                return true;
            }

            _current = default;
            return false;
        }
    }
#endif
}
