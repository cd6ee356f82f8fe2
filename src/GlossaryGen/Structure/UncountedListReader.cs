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

        public static Reading? Read(string body)
        {
            List<LabelledText>? labelled = ExplicitGroupDetector.Detect(body);
            if (labelled != null)
            {
                var groups = labelled
                    .Select(group => new ItemGroup(group.Label, ItemList.Finish(ItemList.Pieces(group.Content)).ToEquatableArray()))
                    .ToList();
                return Reading.FromGroups(groups);
            }

            if (TopLevelSplitter.HasTopLevel(body, "。"))
            {
                return null;
            }

            List<string> pieces = ItemList.Pieces(body);
            if (pieces.Count < 2 || pieces.Any(piece => piece.Length > MaxItemLength) || TopLevelSplitter.SeparatorKinds(body) > 1)
            {
                return null;
            }

            return new Reading(ItemList.Finish(pieces));
        }

    }
}
