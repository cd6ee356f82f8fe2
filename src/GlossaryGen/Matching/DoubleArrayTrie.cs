using System.Collections.Generic;

namespace GlossaryGen.Matching
{
    /// <summary>
    /// Lays a trie of codes out as a double array: the child of state s by code k is state base(s) + k,
    /// and it belongs to s when its check is s. Walking it costs two table reads per character, with
    /// no per-state search, and the arrays are plain numbers that fit a constant string.
    /// </summary>
    internal sealed class DoubleArrayTrie
    {
        private DoubleArrayTrie(int[] checks, int[] values, int[] bases)
        {
            Checks = checks;
            Values = values;
            Bases = bases;
        }

        /// <summary>The parent of each state; -1 for the root and for free states.</summary>
        public int[] Checks { get; }

        /// <summary>The entry index + 1 of the key that ends at each state; 0 when none does.</summary>
        public int[] Values { get; }

        /// <summary>The offset of each state's children; 0 for states without children.</summary>
        public int[] Bases { get; }

        public int StateCount => Checks.Length;

        /// <summary>
        /// Lays out <paramref name="keys"/> (code sequences with their entry index, codes from 1 to
        /// <paramref name="alphabetSize"/>). Padded so that base(s) + k stays inside the arrays for every
        /// state and every code, which lets the runtime skip a bounds test.
        /// </summary>
        public static DoubleArrayTrie Build(IReadOnlyList<KeyValuePair<int[], int>> keys, int alphabetSize)
        {
            var root = new Node();
            foreach (KeyValuePair<int[], int> key in keys)
            {
                Node node = root;
                foreach (int code in key.Key)
                {
                    node = node.ChildFor(code);
                }

                if (node.Value == 0)
                {
                    node.Value = key.Value + 1;
                }
            }

            var cells = new FreeCells();
            cells.Use(0);
            var states = new States();
            states.Grow(1);
            states.Values[0] = root.Value;
            var queue = new Queue<KeyValuePair<Node, int>>();
            queue.Enqueue(new KeyValuePair<Node, int>(root, 0));
            var codes = new List<int>();
            while (queue.Count > 0)
            {
                KeyValuePair<Node, int> current = queue.Dequeue();
                Node node = current.Key;
                int state = current.Value;
                if (node.ChildCount == 0)
                {
                    continue;
                }

                codes.Clear();
                for (int i = 0; i < node.ChildCount; i++)
                {
                    codes.Add(node.CodeAt(i));
                }

                int offset = cells.FindOffset(codes);
                states.Bases[state] = offset;
                for (int i = 0; i < node.ChildCount; i++)
                {
                    Node child = node.ChildAt(i);
                    int childState = offset + node.CodeAt(i);
                    states.Grow(childState + 1);
                    cells.Use(childState);
                    states.Checks[childState] = state;
                    states.Values[childState] = child.Value;
                    queue.Enqueue(new KeyValuePair<Node, int>(child, childState));
                }
            }

            int maxBase = 0;
            for (int state = 0; state < states.Count; state++)
            {
                maxBase = states.Bases[state] > maxBase ? states.Bases[state] : maxBase;
            }

            states.Grow(maxBase + alphabetSize + 1);
            return new DoubleArrayTrie(states.Trimmed(states.Checks), states.Trimmed(states.Values), states.Trimmed(states.Bases));
        }

        /// <summary>The three arrays being laid out, grown together; new states are free (check -1, value 0, base 0).</summary>
        private sealed class States
        {
            public int[] Checks { get; private set; } = new int[0];

            public int[] Values { get; private set; } = new int[0];

            public int[] Bases { get; private set; } = new int[0];

            /// <summary>How many states there are; the arrays may be longer.</summary>
            public int Count { get; private set; }

            public void Grow(int count)
            {
                if (count <= Count)
                {
                    return;
                }

                if (count > Checks.Length)
                {
                    int capacity = System.Math.Max(count, 2 * Checks.Length);
                    Checks = Resized(Checks, capacity);
                    Values = Resized(Values, capacity);
                    Bases = Resized(Bases, capacity);
                }

                for (int state = Count; state < count; state++)
                {
                    Checks[state] = -1;
                }

                Count = count;
            }

            public int[] Trimmed(int[] array)
            {
                var trimmed = new int[Count];
                System.Array.Copy(array, trimmed, Count);
                return trimmed;
            }

            private static int[] Resized(int[] array, int capacity)
            {
                var resized = new int[capacity];
                System.Array.Copy(array, resized, array.Length);
                return resized;
            }
        }

        /// <summary>
        /// The free cells of the array as a linked list, so finding room for a state's children visits free
        /// cells only. A free cell that has failed as a start many times is skipped from then on: without
        /// that, the dense front of the array is searched again for every state and building grows with the
        /// square of the keys (41 s at 10,000 terms).
        /// </summary>
        private sealed class FreeCells
        {
            private const int TriesBeforeSkipping = 16;
            // Arrays grown by doubling, valid up to _count: one cell of each per cell of the trie.
            private bool[] _used = new bool[0];
            private int[] _next = new int[0];
            private int[] _previous = new int[0];
            private int[] _tries = new int[0];
            private int _count;
            private int _head = -1;
            private int _tail = -1;
            private int _scanStart = -1;

            public void Use(int cell)
            {
                Ensure(cell + 1);
                if (_used[cell])
                {
                    return;
                }

                _used[cell] = true;
                int previous = _previous[cell];
                int next = _next[cell];
                if (previous >= 0)
                {
                    _next[previous] = next;
                }
                else
                {
                    _head = next;
                }

                if (next >= 0)
                {
                    _previous[next] = previous;
                }
                else
                {
                    _tail = previous;
                }

                if (_scanStart == cell)
                {
                    _scanStart = next;
                }
            }

            /// <summary>The smallest offset, among those tried, at which every code lands on a free cell.</summary>
            public int FindOffset(List<int> codes)
            {
                int smallest = int.MaxValue;
                foreach (int code in codes)
                {
                    smallest = code < smallest ? code : smallest;
                }

                if (_scanStart < 0 || _used[_scanStart])
                {
                    _scanStart = _head;
                }

                for (int cell = _scanStart; ; cell = _next[cell])
                {
                    if (cell < 0)
                    {
                        // No free cell left to try: add room at the end.
                        int first = _count;
                        Ensure(first + smallest + 1);
                        cell = first;
                        while (cell - smallest < 0)
                        {
                            cell = _next[cell];
                        }
                    }

                    int offset = cell - smallest;
                    if (offset >= 0 && Fits(codes, offset))
                    {
                        return offset;
                    }

                    _tries[cell]++;
                    if (cell == _scanStart && _tries[cell] > TriesBeforeSkipping && _next[cell] >= 0)
                    {
                        _scanStart = _next[cell];
                    }
                }
            }

            private bool Fits(List<int> codes, int offset)
            {
                foreach (int code in codes)
                {
                    int cell = offset + code;
                    if (cell < _count && _used[cell])
                    {
                        return false;
                    }
                }

                return true;
            }

            private void Ensure(int count)
            {
                if (count > _used.Length)
                {
                    int capacity = System.Math.Max(count, 2 * _used.Length);
                    System.Array.Resize(ref _used, capacity);
                    System.Array.Resize(ref _next, capacity);
                    System.Array.Resize(ref _previous, capacity);
                    System.Array.Resize(ref _tries, capacity);
                }

                while (_count < count)
                {
                    int cell = _count++;
                    _used[cell] = false;
                    _tries[cell] = 0;
                    _next[cell] = -1;
                    _previous[cell] = _tail;
                    if (_tail >= 0)
                    {
                        _next[_tail] = cell;
                    }
                    else
                    {
                        _head = cell;
                    }

                    _tail = cell;
                }
            }
        }

        private sealed class Node
        {
            // Sorted by code so that the layout, and so the emitted tables, do not depend on insertion order. Most
            // states have one child, kept in two fields; lists are made at the second child. (A sorted dictionary per
            // state, as before, made the dictionaries most of the matcher's build time.)
            private int _onlyCode;
            private Node? _onlyChild;
            private List<int>? _codes;
            private List<Node>? _children;

            public int Value { get; set; }

            public int ChildCount => _children?.Count ?? (_onlyChild is null ? 0 : 1);

            /// <summary>The code of the child at <paramref name="index"/>, in ascending order of codes.</summary>
            public int CodeAt(int index) => _codes is null ? _onlyCode : _codes[index];

            public Node ChildAt(int index) => _children is null ? _onlyChild! : _children[index];

            /// <summary>The child reached by <paramref name="code"/>, added when there is none yet.</summary>
            public Node ChildFor(int code)
            {
                if (_children is null)
                {
                    if (_onlyChild is null)
                    {
                        _onlyCode = code;
                        _onlyChild = new Node();
                        return _onlyChild;
                    }

                    if (_onlyCode == code)
                    {
                        return _onlyChild;
                    }

                    _codes = new List<int> { _onlyCode };
                    _children = new List<Node> { _onlyChild };
                }

                int at = _codes!.BinarySearch(code);
                if (at >= 0)
                {
                    return _children[at];
                }

                var child = new Node();
                _codes.Insert(~at, code);
                _children.Insert(~at, child);
                return child;
            }
        }
    }
}
