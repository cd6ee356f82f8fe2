using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace GlossaryGen.Structure
{
    /// <summary>
    /// Decides, once no reading agrees with the term, whether the definition clearly lists a different number of
    /// items. Anything less than clear stays silent: a false warning costs more than a missed one.
    /// </summary>
    internal static class MismatchEvidence
    {
        private const int MaxListItemLength = 40;
        private const int MaxClauseLength = 60;
        private const int MaxCompoundLength = 6;

        public static EntryStructure? Evaluate(AnnouncedCount announced, string body)
        {
            if (announced.IsWeak || TopLevelSplitter.HasTopLevel(body, "。") || EndsOpen(body))
            {
                return null;
            }

            return Paired(announced, body) ?? ClauseGroups(announced, body) ?? Flat(announced, body);
        }

        /// <summary>A 十查十做 whose clauses all pair 查 with 做, but nine of them.</summary>
        private static EntryStructure? Paired(AnnouncedCount announced, string body)
        {
            if (!CountedReadings.IsPairedShape(announced))
            {
                return null;
            }

            foreach (List<string> clauses in CountedReadings.PairedLevels(body))
            {
                if (clauses.Count >= 2 && clauses.All(clause => clause.Length <= MaxClauseLength && LabelMatcher.MentionsEvery(clause, announced.Parts)))
                {
                    int announcedPairs = announced.Parts[0].Count!.Value;
                    var mismatch = new CountMismatch(Pairs(announcedPairs), Pairs(clauses.Count));
                    return new Reading(ItemList.Finish(clauses)).ToStructure(mismatch);
                }
            }

            return null;
        }

        /// <summary>A 三送三解三优 with three clauses, one of them short of an item.</summary>
        private static EntryStructure? ClauseGroups(AnnouncedCount announced, string body)
        {
            List<ItemGroup>? groups = CountedReadings.ClauseGroups(announced, body);
            if (groups == null || groups.Any(group => group.Items.Count == 0))
            {
                return null;
            }

            bool confirmed = announced.HasLabels
                ? CountedReadings.IsLabelConfirmed(announced, groups)
                : groups.All(group => group.Items.All(item => item.Length <= MaxListItemLength));
            if (!confirmed)
            {
                return null;
            }

            return Reading.FromGroups(groups).ToStructure(PerGroup(announced, groups));
        }

        /// <summary>A 六零 with five 零 items, a 十代 with nine: a plain list of short items.</summary>
        private static EntryStructure? Flat(AnnouncedCount announced, string body)
        {
            if (announced.Shape == CountShape.DigitGroups || announced.IsOpenEnded)
            {
                return null;
            }

            List<string> finest = ItemList.Pieces(body);
            if (finest.Any(piece => piece.Length > MaxListItemLength || piece.EndsWith("等", System.StringComparison.Ordinal)) || ItemList.HasNumberInside(finest))
            {
                return null;
            }

            List<List<string>> readings = ItemList.ConjunctionReadings(finest);
            List<string> nearest = readings
                .OrderBy(reading => System.Math.Abs(reading.Count - announced.Total))
                .ThenBy(reading => reading.Count)
                .First();
            if (nearest.Count < 2 || nearest.Count == announced.Total)
            {
                return null;
            }

            bool cleanList = finest.Count >= 2 && TopLevelSplitter.SeparatorKinds(body) <= 1;
            bool labelled = announced.HasLabels && nearest.All(item => LabelMatcher.MentionsAny(item, announced.Parts));
            if (!cleanList && !labelled)
            {
                return null;
            }

            var mismatch = new CountMismatch(announced.DescribeTotal(), AnnouncedCount.Items(WeightedCount(announced, nearest)));
            return new Reading(ItemList.Finish(nearest)).ToStructure(mismatch);
        }

        /// <summary>
        /// The number of items a list holds, counting a short compound that repeats a label (宜居宜业) once per
        /// repetition, as the count check does when it accepts 五好两宜.
        /// </summary>
        private static int WeightedCount(AnnouncedCount announced, List<string> items)
        {
            if (announced.Parts.Count < 2 || !announced.HasLabels)
            {
                return items.Count;
            }

            int count = 0;
            foreach (string item in items)
            {
                int repeats = item.Length > MaxCompoundLength ? 1 : announced.Parts.Max(part => item.Count(c => c == part.Label[0]));
                count += System.Math.Max(1, repeats);
            }

            return count;
        }

        public static CountMismatch PerGroup(AnnouncedCount announced, List<ItemGroup> groups)
            => new CountMismatch(announced.DescribePerGroup(), GroupReader.DescribeCounts(groups));

        private static string Pairs(int count) => count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " pair" : " pairs");

        private static bool EndsOpen(string body) => body.EndsWith("等", System.StringComparison.Ordinal) || body.EndsWith("等等", System.StringComparison.Ordinal);

    }
}
