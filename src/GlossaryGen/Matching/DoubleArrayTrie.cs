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

            var checks = new List<int> { -1 };
            var values = new List<int> { root.Value };
            var bases = new List<int> { 0 };
            var used = new List<bool> { true };
            int firstFree = 1;
            var queue = new Queue<KeyValuePair<Node, int>>();
            queue.Enqueue(new KeyValuePair<Node, int>(root, 0));
            while (queue.Count > 0)
            {
                KeyValuePair<Node, int> current = queue.Dequeue();
                Node node = current.Key;
                int state = current.Value;
                if (node.Children.Count == 0)
                {
                    continue;
                }

                int offset = FindOffset(node.Children.Keys, used, firstFree);
                bases[state] = offset;
                foreach (KeyValuePair<int, Node> child in node.Children)
                {
                    int childState = offset + child.Key;
                    Grow(checks, values, bases, used, childState + 1);
                    used[childState] = true;
                    checks[childState] = state;
                    values[childState] = child.Value.Value;
                    queue.Enqueue(new KeyValuePair<Node, int>(child.Value, childState));
                }

                while (firstFree < used.Count && used[firstFree])
                {
                    firstFree++;
                }
            }

            int maxBase = 0;
            foreach (int offset in bases)
            {
                maxBase = offset > maxBase ? offset : maxBase;
            }

            Grow(checks, values, bases, used, maxBase + alphabetSize + 1);
            return new DoubleArrayTrie(checks.ToArray(), values.ToArray(), bases.ToArray());
        }

        private static int FindOffset(ICollection<int> codes, List<bool> used, int firstFree)
        {
            int smallest = int.MaxValue;
            foreach (int code in codes)
            {
                smallest = code < smallest ? code : smallest;
            }

            for (int offset = firstFree > smallest ? firstFree - smallest : 0; ; offset++)
            {
                bool fits = true;
                foreach (int code in codes)
                {
                    int state = offset + code;
                    if (state < used.Count && used[state])
                    {
                        fits = false;
                        break;
                    }
                }

                if (fits)
                {
                    return offset;
                }
            }
        }

        private static void Grow(List<int> checks, List<int> values, List<int> bases, List<bool> used, int count)
        {
            while (used.Count < count)
            {
                checks.Add(-1);
                values.Add(0);
                bases.Add(0);
                used.Add(false);
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
