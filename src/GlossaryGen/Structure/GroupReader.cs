using System.Collections.Generic;
using System.Linq;
using GlossaryGen.Model;

namespace GlossaryGen.Structure
{
    /// <summary>Reads the items of one group (a clause or a labelled sub-list) against the count announced for it.</summary>
    internal static class GroupReader
    {
        public static ItemGroup Read(string content, CountPart part, string label)
        {
            List<string> pieces = ItemList.Pieces(content);
            string tailLabel = string.Empty;
            if (pieces.Count > 0)
            {
                ListTail? tail = ListTail.Find(pieces[pieces.Count - 1]);
                if (tail != null)
                {
                    pieces[pieces.Count - 1] = tail.Value.Item;
                    tailLabel = tail.Value.Label;
                }
            }

            List<string> chosen = ChooseConjunctionReading(pieces, part);
            string groupLabel = label.Length > 0 ? label : tailLabel.Length > 0 ? tailLabel : part.Describe();
            return new ItemGroup(groupLabel, ItemList.Finish(chosen).ToEquatableArray());
        }

        /// <summary>"2 + 6 + 1 + 3 items": the counts found per group.</summary>
        public static string DescribeCounts(IEnumerable<ItemGroup> groups)
            => string.Join(" + ", groups.Select(group => group.Items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))) + " items";

        private static List<string> ChooseConjunctionReading(List<string> pieces, CountPart part)
        {
            List<List<string>> readings = ItemList.ConjunctionReadings(pieces);
            if (part.Count.HasValue)
            {
                return readings.FirstOrDefault(reading => reading.Count == part.Count.Value) ?? pieces;
            }

            // An open count (N) gives no evidence; split the last item only when both halves look like the other items.
            if (readings.Count > 1 && readings[1].Count == pieces.Count + 1 && pieces.Count > 1)
            {
                int longest = pieces.Take(pieces.Count - 1).Max(piece => piece.Length);
                List<string> splitLast = readings[1];
                if (splitLast[splitLast.Count - 1].Length <= longest && splitLast[splitLast.Count - 2].Length <= longest)
                {
                    return splitLast;
                }
            }

            return pieces;
        }
    }
}
