using System.Collections.Generic;
using System.Linq;
using GlossaryGen.Model;

namespace GlossaryGen.Structure
{
    /// <summary>
    /// Items of a definition when the term gives no count to go by (都谷极, 放管服) or its count could not be
    /// confirmed: only an unmistakable list qualifies; prose (新质生产力, RCEP) has no items.
    /// </summary>
    internal static class UncountedListReader
    {
        private const int MaxItemLength = 20;

        // Without a count to go by, items with no shared head or tail pass for names only when short (简阳市, 篮球赛).
        private const int MaxNameLength = 10;

        private static bool IsPlainGroup(string content)
        {
            string text = ItemText.TrimEdges(content);
            List<string>? pieces = PlainList.Read(text, numbersAllowed: true);
            return (pieces != null && !PlainList.ReadsAsSentence(pieces) && PlainList.AreAlike(pieces, null, text, MaxNameLength))
                || (text.Length <= MaxItemLength && !TopLevelSplitter.HasTopLevel(text, TopLevelSplitter.AllSeparators));
        }

        /// <summary>Whether each character of the term stands for one item, in order (都谷极: …之都、…“碳谷”、…“第三极”).</summary>
        private static bool Abbreviates(string term, List<string> pieces)
        {
            string letters = new string(term.Where(c => !char.IsWhiteSpace(c) && c != '“' && c != '”' && c != '"').ToArray());
            if (letters.Length != pieces.Count)
            {
                return false;
            }

            for (int i = 0; i < letters.Length; i++)
            {
                if (pieces[i].IndexOf(letters[i]) < 0)
                {
                    return false;
                }
            }

            return true;
        }

        public static Reading? Read(string term, string body)
        {
            // Labelled groups without a count to check them against are taken only when each holds a plain list or one
            // short item; “征”即征地，把集体土地变为国有土地 is an explanation, not a group of two items.
            List<LabelledText>? labelled = ExplicitGroupDetector.Detect(body);
            if (labelled != null)
            {
                if (!labelled.All(group => IsPlainGroup(group.Content)))
                {
                    return null;
                }

                var groups = labelled
                    .Select(group => new ItemGroup(group.Label, ItemList.Finish(ItemList.Pieces(group.Content)).ToEquatableArray()))
                    .ToList();
                return Reading.FromGroups(groups);
            }

            // Only a plain list that is not part of a sentence (在A、B、C建立…) and whose items are alike or are what the
            // term abbreviates (放管服: 简政放权、放管结合、优化服务) is taken as items.
            List<string>? pieces = PlainList.Read(body, numbersAllowed: true);
            if (pieces == null || pieces.Exists(piece => piece.Length > MaxItemLength) || PlainList.ReadsAsSentence(pieces)
                || !(PlainList.AreAlike(pieces, null, body, MaxNameLength) || Abbreviates(term, pieces)))
            {
                return null;
            }

            return new Reading(ItemList.Finish(ItemList.Pieces(body)));
        }

    }
}
