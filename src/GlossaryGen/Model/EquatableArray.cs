using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace GlossaryGen.Model
{
    /// <summary>
    /// An immutable array with value equality, so that pipeline models built from it compare
    /// by content and the incremental generator can cache them.
    /// </summary>
    internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
        where T : IEquatable<T>
    {
        public static readonly EquatableArray<T> Empty = new EquatableArray<T>(ImmutableArray<T>.Empty);

        private readonly ImmutableArray<T> _items;

        public EquatableArray(ImmutableArray<T> items)
        {
            _items = items;
        }

        public EquatableArray(IEnumerable<T> items)
        {
            _items = ImmutableArray.CreateRange(items);
        }

        /// <summary>The items; a default instance behaves as empty.</summary>
        public ImmutableArray<T> Items => _items.IsDefault ? ImmutableArray<T>.Empty : _items;

        public int Count => Items.Length;

        public bool IsEmpty => Count == 0;

        public T this[int index] => Items[index];

        public bool Equals(EquatableArray<T> other)
        {
            ImmutableArray<T> left = Items;
            ImmutableArray<T> right = other.Items;
            if (left.Length != right.Length)
            {
                return false;
            }

            for (int i = 0; i < left.Length; i++)
            {
                if (!EqualityComparer<T>.Default.Equals(left[i], right[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        public override int GetHashCode()
        {
            int hash = 17;
            foreach (T item in Items)
            {
                hash = unchecked((hash * 31) + (item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item)));
            }

            return hash;
        }

        public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

        IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

        public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

        public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);
    }

    internal static class EquatableArray
    {
        public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
            where T : IEquatable<T>
            => new EquatableArray<T>(items);

        public static EquatableArray<T> ToEquatableArray<T>(this ImmutableArray<T> items)
            where T : IEquatable<T>
            => new EquatableArray<T>(items);
    }
}
