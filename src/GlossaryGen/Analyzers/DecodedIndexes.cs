using System.Runtime.CompilerServices;

namespace GlossaryGen.Analyzers
{
    /// <summary>
    /// Decodes each distinct index text once per process. The analyzer's per-compilation cache is not enough: the
    /// IDE and <c>CompilationWithAnalyzers</c> start the analyzer again for many requests on the same project (each
    /// with a compilation of its own), and with 10,000 terms a decode costs milliseconds where a comparison of the
    /// text costs microseconds. Holds strings and decoded indexes only, never a symbol or a compilation.
    /// </summary>
    internal static class DecodedIndexes
    {
        /// <summary>How many distinct indexes stay decoded: one per glossary class a session works with.</summary>
        private const int Capacity = 8;

        /// <summary>By the text's identity: a class from metadata hands out the same string to every compilation.</summary>
        private static readonly ConditionalWeakTable<string, Holder> ByInstance = new ConditionalWeakTable<string, Holder>();

        /// <summary>By content, most recent first: a class in source hands out a new but equal string after each edit.</summary>
        private static readonly (string Text, LookupIndex? Index)[] Recent = new (string, LookupIndex?)[Capacity];

        private static readonly object Gate = new object();

        public static LookupIndex? Get(string text)
        {
            if (ByInstance.TryGetValue(text, out Holder? held))
            {
                return held.Index;
            }

            LookupIndex? index;
            lock (Gate)
            {
                int found = FindRecent(text);
                index = found >= 0 ? Recent[found].Index : LookupIndexFormat.Decode(text);
                MoveToFront(found >= 0 ? found : Capacity - 1, text, index);
            }

            ByInstance.GetValue(text, _ => new Holder(index));
            return index;
        }

        private static int FindRecent(string text)
        {
            for (int i = 0; i < Capacity; i++)
            {
                if (Recent[i].Text is string candidate && (ReferenceEquals(candidate, text) || string.Equals(candidate, text)))
                {
                    return i;
                }
            }

            return -1;
        }

        private static void MoveToFront(int from, string text, LookupIndex? index)
        {
            for (int i = from; i > 0; i--)
            {
                Recent[i] = Recent[i - 1];
            }

            Recent[0] = (text, index);
        }

        private sealed class Holder
        {
            public Holder(LookupIndex? index)
            {
                Index = index;
            }

            public LookupIndex? Index { get; }
        }
    }
}
