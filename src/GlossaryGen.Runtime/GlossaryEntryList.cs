using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace GlossaryGen
{
    /// <summary>
    /// The entries of a generated glossary, each created on first use. Generated code stores its
    /// entries as constants and a factory; this list makes them objects only when asked, so a
    /// glossary costs nothing at start-up however large it is.
    /// </summary>
    public sealed class GlossaryEntryList : IReadOnlyList<GlossaryEntry>
    {
        private readonly GlossaryEntry?[] _entries;
        private readonly Func<int, GlossaryEntry> _create;

        /// <summary>Creates a list of <paramref name="count"/> entries made by <paramref name="create"/>.</summary>
        public GlossaryEntryList(int count, Func<int, GlossaryEntry> create)
        {
            if (count < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            _entries = new GlossaryEntry?[count];
            _create = create ?? throw new ArgumentNullException(nameof(create));
        }

        /// <inheritdoc/>
        public int Count => _entries.Length;

        /// <summary>The entry at <paramref name="index"/>; every call returns the same instance.</summary>
        public GlossaryEntry this[int index]
        {
            get
            {
                GlossaryEntry? entry = Volatile.Read(ref _entries[index]);
                if (entry != null)
                {
                    return entry;
                }

                // Two threads may both create it; only the first one stored is ever handed out.
                GlossaryEntry created = _create(index);
                return Interlocked.CompareExchange(ref _entries[index], created, null) ?? created;
            }
        }

        /// <inheritdoc/>
        public IEnumerator<GlossaryEntry> GetEnumerator()
        {
            for (int i = 0; i < _entries.Length; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
