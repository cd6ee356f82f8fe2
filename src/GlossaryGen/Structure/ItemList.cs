using System.Collections.Generic;
using System.Linq;

namespace GlossaryGen.Structure
{
    /// <summary>Splitting a body into list pieces, the ways its conjunctions may be read, and finishing pieces into items.</summary>
    internal static class ItemList
    {
        /// <summary>The finest top-level pieces: every separator splits, and back-to-back quotes are separate pieces.</summary>
        public static List<string> Pieces(string body) => Expand(TopLevelSplitter.Split(body, TopLevelSplitter.AllSeparators));

        /// <summary>Pieces at one separator level only.</summary>
        public static List<string> Pieces(string body, string separators) => Expand(TopLevelSplitter.Split(body, separators));

        /// <summary>
        /// The readings of a list's conjunctions: none split (招商引资和产业发展 stays one item), the last one split
        /// (资源利用上线和生态环境准入清单), or all of them split.
        /// </summary>
        public static List<List<string>> ConjunctionReadings(List<string> pieces)
        {
            var readings = new List<List<string>> { pieces };
            if (pieces.Count == 0)
            {
                return readings;
            }

            string[]? last = ConjunctionSplitter.SplitLast(pieces[pieces.Count - 1]);
            if (last != null)
            {
                var splitLast = new List<string>(pieces.Take(pieces.Count - 1)) { last[0], last[1] };
                readings.Add(splitLast);
            }

            var splitAll = pieces.SelectMany(ConjunctionSplitter.SplitAll).ToList();
            if (splitAll.Count != pieces.Count && (last == null || splitAll.Count != pieces.Count + 1))
            {
                readings.Add(splitAll);
            }

            return readings;
        }

        /// <summary>Items as printed: enclosing quotes, list punctuation and an introducing word removed.</summary>
        public static List<string> Finish(IEnumerable<string> pieces)
        {
            var items = new List<string>();
            foreach (string piece in pieces)
            {
                string item = ItemText.StripLabelPrefix(ItemText.Clean(piece));
                if (item.Length > 0)
                {
                    items.Add(item);
                }
            }

            if (items.Count > 0)
            {
                items[0] = ItemText.StripLeadIn(items[0]);
            }

            ItemText.TrimPreambleBySharedHead(items);
            return items;
        }

        /// <summary>
        /// Whether an item holds a number of its own (110指挥中心, 湘江及其两岸), outside quotations: a quoted
        /// name such as “发展六仗” repeats the term rather than counting anything.
        /// </summary>
        public static bool HasNumberInside(IEnumerable<string> items)
        {
            foreach (string item in items)
            {
                var brackets = new Brackets();
                foreach (char c in item)
                {
                    bool isMark = brackets.Feed(c);
                    if (!isMark && brackets.AtTopLevel && ((c >= '0' && c <= '9') || ChineseNumerals.DigitValue(c) > 1 || c == '十'))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static List<string> Expand(List<string> pieces)
        {
            var expanded = new List<string>(pieces.Count);
            foreach (string piece in pieces)
            {
                string cleaned = ItemText.TrimEdges(piece);
                if (cleaned.StartsWith("以及", System.StringComparison.Ordinal))
                {
                    cleaned = ItemText.TrimEdges(cleaned.Substring(2));
                }

                if (cleaned.Length == 0)
                {
                    continue;
                }

                List<string>? run = ItemText.ExpandAdjacentQuotes(cleaned);
                if (run != null)
                {
                    expanded.AddRange(run);
                }
                else
                {
                    expanded.Add(cleaned);
                }
            }

            return expanded;
        }
    }
}
