using System.Collections.Generic;
using System.Linq;
using GlossaryGen.Model;

namespace GlossaryGen.Structure
{
    /// <summary>
    /// The readings of a definition that can agree with an announced count, tried from the most structured to
    /// the flattest. Each returns null when it does not fit; the first that fits gives the items and groups.
    /// </summary>
    internal static class CountedReadings
    {
        // Items that hold the counted thing twice are short compounds (乱搭乱建, 宜居宜业).
        private const int MaxPairedItemLength = 6;

        /// <summary>
        /// 十查十做, 三塑三培, 四定四化, 三管三必须: as many clauses as each part announces, every clause holding one item
        /// of each kind. The clauses are the items.
        /// </summary>
        public static Reading? Paired(AnnouncedCount announced, string body)
        {
            if (!IsPairedShape(announced))
            {
                return null;
            }

            int expected = announced.Parts[0].Count!.Value;
            foreach (List<string> clauses in PairedLevels(body))
            {
                if (clauses.Count == expected && clauses.All(clause => LabelMatcher.MentionsEvery(clause, announced.Parts)))
                {
                    return new Reading(ItemList.Finish(clauses));
                }
            }

            return null;
        }

        // One "pair" (一带一路, 一业一证) is a slogan, not a list of clauses: the whole definition would be its only item.
        public static bool IsPairedShape(AnnouncedCount announced)
            => announced.Shape == CountShape.Sum && announced.Parts.Count >= 2 && announced.HasLabels
               && announced.Parts.All(part => part.Count.HasValue && part.Count == announced.Parts[0].Count) && announced.Parts[0].Count >= 2;

        /// <summary>The clause splits a paired definition may use: by ；, by ，, or every separator.</summary>
        public static IEnumerable<List<string>> PairedLevels(string body)
        {
            yield return ItemList.Pieces(body, TopLevelSplitter.ClauseSeparators);
            yield return ItemList.Pieces(body, TopLevelSplitter.ClauseSeparators + TopLevelSplitter.PhraseSeparators);
            yield return ItemList.Pieces(body);
        }

        /// <summary>
        /// 三送三解三优 (送政策、送温暖、送信心，解…，优…), 两图五库, 三坚决两确保两争先, 4×4, 4+N: one clause per part,
        /// each clause a sub-list of that part's size.
        /// </summary>
        public static List<ItemGroup>? ClauseGroups(AnnouncedCount announced, string body)
        {
            if (announced.Parts.Count < 2 || announced.Shape == CountShape.DigitGroups)
            {
                return null;
            }

            List<string> clauses = Clauses(body);
            if (clauses.Count != announced.Parts.Count)
            {
                return null;
            }

            var groups = new List<ItemGroup>();
            for (int i = 0; i < clauses.Count; i++)
            {
                CountPart part = announced.Parts[i];
                groups.Add(GroupReader.Read(clauses[i], part, part.Label));
            }

            return groups;
        }

        /// <summary>
        /// Whether each clause group carries its part's label, in every item or, for a shared head or tail
        /// (义务教育、基本医疗、住房安全有保障), in its first or last item. Only labelled terms can confirm.
        /// </summary>
        public static bool IsLabelConfirmed(AnnouncedCount announced, List<ItemGroup> groups)
        {
            if (!announced.HasLabels)
            {
                return false;
            }

            for (int i = 0; i < groups.Count; i++)
            {
                EquatableArray<string> items = groups[i].Items;
                string label = announced.Parts[i].Label;
                bool carried = items.Count > 0
                    && (LabelMatcher.AllMention(items, label) || LabelMatcher.Mentions(items[0], label) || LabelMatcher.Mentions(items[items.Count - 1], label));
                if (!carried)
                {
                    return false;
                }
            }

            return true;
        }

        public static bool AllAccepted(AnnouncedCount announced, List<ItemGroup> groups)
        {
            for (int i = 0; i < groups.Count; i++)
            {
                if (!announced.Parts[i].Accepts(groups[i].Items.Count))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The clauses of a body: split by ；/。 when it has them, otherwise by ，.</summary>
        public static List<string> Clauses(string body)
        {
            string separators = TopLevelSplitter.HasTopLevel(body, TopLevelSplitter.ClauseSeparators)
                ? TopLevelSplitter.ClauseSeparators
                : TopLevelSplitter.PhraseSeparators;
            return ItemList.Pieces(body, separators);
        }

        /// <summary>
        /// A plain list whose length is the announced total (六零, 十代, 三线一单 with its 和), read at the finest
        /// level, at the clause level, or in the last clause only.
        /// </summary>
        public static Reading? Flat(AnnouncedCount announced, string body)
        {
            if (announced.IsOpenEnded)
            {
                return null;
            }

            List<string> finest = ItemList.Pieces(body);
            foreach (List<string> pieces in FlatCandidates(body))
            {
                // A conjunction read as a separator must leave items like the others (亲和力 is no conjunction in 行动 items),
                // and pieces of a sentence are no items however many there are (指对A、B…开展整治; 因…，故称为新三板).
                if ((announced.Parts.Count == 1 && pieces.Count > finest.Count && !PlainList.SplitKeepsLikeness(finest, pieces))
                    || PlainList.ReadsAsSentence(pieces))
                {
                    continue;
                }

                // With several labelled parts, a conjunction may only be split where both halves carry a label;
                // 确保全市生产安全事故起数和死亡人数持续下降 is one item.
                bool labelsHold = announced.Parts.Count < 2 || !announced.HasLabels || pieces.All(piece => LabelMatcher.MentionsAny(piece, announced.Parts));
                if (pieces.Count == announced.Total && labelsHold)
                {
                    return Finish(announced, pieces);
                }
            }

            return null;
        }

        /// <summary>Every flat list the body may be: each base split with each reading of its conjunctions.</summary>
        public static IEnumerable<List<string>> FlatCandidates(string body)
        {
            List<string> finest = ItemList.Pieces(body);
            foreach (List<string> reading in ItemList.ConjunctionReadings(finest))
            {
                yield return reading;
            }

            List<string> clauses = Clauses(body);
            if (clauses.Count != finest.Count)
            {
                yield return clauses;
            }

            if (clauses.Count >= 2)
            {
                List<string> lastClause = ItemList.Pieces(clauses[clauses.Count - 1]);
                foreach (List<string> reading in ItemList.ConjunctionReadings(lastClause))
                {
                    yield return reading;
                }
            }
        }

        /// <summary>五好两宜: 规划好…乡风好 are five 好, and 宜居宜业 holds both 宜.</summary>
        /// <remarks>城市十乱: 乱搭乱建、乱摆乱卖… are five items holding two 乱 each; one counted thing needs no groups.</remarks>
        public static Reading? Weighted(AnnouncedCount announced, string body)
        {
            if (!announced.HasLabels || announced.IsOpenEnded)
            {
                return null;
            }

            List<string> pieces = ItemList.Pieces(body);
            if (announced.Parts.Count == 1 && (pieces.Count < 2 || pieces.Any(piece => piece.Length > MaxPairedItemLength)))
            {
                return null;
            }

            List<int>? runs = LabelMatcher.Runs(pieces, announced.Parts, weighted: true);
            if (runs == null || (announced.Parts.Count == 1 && runs[0] == announced.Total))
            {
                return null;
            }

            List<string> items = ItemList.Finish(pieces);
            if (items.Count != pieces.Count)
            {
                return null;
            }

            return announced.Parts.Count == 1 ? new Reading(items) : new Reading(items, GroupsFromRuns(announced, items, runs));
        }

        private static Reading Finish(AnnouncedCount announced, List<string> pieces)
        {
            // 劳动、人事、分配三项制度改革: a tail that restates the count names the list, it is not part of the last item.
            ListTail? tail = ListTail.Find(pieces[pieces.Count - 1]);
            if (tail != null && tail.Value.Count == pieces.Count)
            {
                pieces = new List<string>(pieces.Take(pieces.Count - 1)) { tail.Value.Item };
            }

            List<string> items = ItemList.Finish(pieces);
            if (announced.Parts.Count == 1 && ItemText.TryTakeQuotedPhrases(items, announced.Parts[0].Label, out List<string> phrases))
            {
                return new Reading(phrases);
            }

            List<ItemGroup>? groups = null;
            if (announced.Parts.Count >= 2 && announced.HasLabels)
            {
                List<int>? runs = LabelMatcher.Runs(items, announced.Parts, weighted: false);
                if (runs != null)
                {
                    groups = GroupsFromRuns(announced, items, runs);
                }
            }

            return new Reading(items, groups);
        }

        private static List<ItemGroup> GroupsFromRuns(AnnouncedCount announced, List<string> items, List<int> runs)
        {
            var groups = new List<ItemGroup>();
            int start = 0;
            for (int i = 0; i < runs.Count; i++)
            {
                groups.Add(new ItemGroup(announced.Parts[i].Label, items.Skip(start).Take(runs[i]).ToEquatableArray()));
                start += runs[i];
            }

            return groups;
        }
    }
}
