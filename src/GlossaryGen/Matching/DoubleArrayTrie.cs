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
                    if (!node.Children.TryGetValue(code, out Node? child))
                    {
                        child = new Node();
                        node.Children.Add(code, child);
                    }

                    node = child;
                }

                if (node.Value == 0)
                {
                    node.Value = key.Value + 1;
                }
            }

            var cells = new FreeCells();
            cells.Use(0);
            var checks = new List<int> { -1 };
            var values = new List<int> { root.Value };
            var bases = new List<int> { 0 };
            var queue = new Queue<KeyValuePair<Node, int>>();
            queue.Enqueue(new KeyValuePair<Node, int>(root, 0));
            var codes = new List<int>();
            while (queue.Count > 0)
            {
                KeyValuePair<Node, int> current = queue.Dequeue();
                Node node = current.Key;
                int state = current.Value;
                if (node.Children.Count == 0)
                {
                    continue;
                }

                codes.Clear();
                codes.AddRange(node.Children.Keys);
                int offset = cells.FindOffset(codes);
                bases[state] = offset;
                foreach (KeyValuePair<int, Node> child in node.Children)
                {
                    int childState = offset + child.Key;
                    Grow(checks, values, bases, childState + 1);
                    cells.Use(childState);
                    checks[childState] = state;
                    values[childState] = child.Value.Value;
                    queue.Enqueue(new KeyValuePair<Node, int>(child.Value, childState));
                }
            }

            int maxBase = 0;
            foreach (int offset in bases)
            {
                maxBase = offset > maxBase ? offset : maxBase;
            }

            Grow(checks, values, bases, maxBase + alphabetSize + 1);
            return new DoubleArrayTrie(checks.ToArray(), values.ToArray(), bases.ToArray());
        }

        private static void Grow(List<int> checks, List<int> values, List<int> bases, int count)
        {
            while (checks.Count < count)
            {
                checks.Add(-1);
                values.Add(0);
                bases.Add(0);
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
            private readonly List<bool> _used = new List<bool>();
            private readonly List<int> _next = new List<int>();
            private readonly List<int> _previous = new List<int>();
            private readonly List<int> _tries = new List<int>();
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
                        int first = _used.Count;
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
                    if (cell < _used.Count && _used[cell])
                    {
                        return false;
                    }
                }

                return true;
            }

            private void Ensure(int count)
            {
                while (_used.Count < count)
                {
                    int cell = _used.Count;
                    _used.Add(false);
                    _tries.Add(0);
                    _next.Add(-1);
                    _previous.Add(_tail);
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
            // Sorted so that the layout, and so the emitted tables, do not depend on insertion order.
            public SortedDictionary<int, Node> Children { get; } = new SortedDictionary<int, Node>();

            public int Value { get; set; }
        }
    }
}
