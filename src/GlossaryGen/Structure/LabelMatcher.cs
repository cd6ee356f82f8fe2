using System;
using System.Collections.Generic;

namespace GlossaryGen.Structure
{
    /// <summary>
    /// Whether items carry what the term counts: 送政策 mentions 送; 争当全省先进 mentions 争先 by its first character.
    /// </summary>
    internal static class LabelMatcher
    {
        public static bool Mentions(string item, string label)
            => label.Length > 0 && (item.IndexOf(label, StringComparison.Ordinal) >= 0 || item.IndexOf(label[0]) >= 0);

        public static bool AllMention(IEnumerable<string> items, string label)
        {
            foreach (string item in items)
            {
                if (!Mentions(item, label))
                {
                    return false;
                }
            }

            return true;
        }

        public static bool MentionsEvery(string item, IReadOnlyList<CountPart> parts)
        {
            foreach (CountPart part in parts)
            {
                if (!Mentions(item, part.Label))
                {
                    return false;
                }
            }

            return true;
        }

        public static bool MentionsAny(string item, IReadOnlyList<CountPart> parts)
        {
            foreach (CountPart part in parts)
            {
                if (Mentions(item, part.Label))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Splits <paramref name="items"/> into consecutive runs, one per part, each run mentioning its part's label
        /// (四区两城: four items with 区, two with 城). With <paramref name="weighted"/>, an item that repeats the
        /// label counts once per repetition (五好两宜: 宜居宜业 holds both 宜). Returns the run lengths, or null.
        /// </summary>
        public static List<int>? Runs(IReadOnlyList<string> items, IReadOnlyList<CountPart> parts, bool weighted)
        {
            var runs = new List<int>();
            int index = 0;
            foreach (CountPart part in parts)
            {
                if (!part.Count.HasValue || part.Label.Length == 0)
                {
                    return null;
                }

                int taken = 0;
                int weight = 0;
                while (index < items.Count && weight < part.Count.Value && Mentions(items[index], part.Label))
                {
                    weight += weighted ? Math.Max(1, Occurrences(items[index], part.Label[0])) : 1;
                    index++;
                    taken++;
                }

                if (weight != part.Count.Value)
                {
                    return null;
                }

                runs.Add(taken);
            }

            return index == items.Count ? runs : null;
        }

        private static int Occurrences(string text, char c)
        {
            int count = 0;
            foreach (char each in text)
            {
                if (each == c)
                {
                    count++;
                }
            }

            return count;
        }
    }
}
