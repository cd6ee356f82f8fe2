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
        private const int MaxPhraseAroundQuotedList = 12;

        // Words that end the text before a colon when the colon introduces the list (…的简称，即：A、B、C).
        private static readonly string[] IntroducingWords = { "即", "为", "是", "包括", "指", "有", "如下" };

        /// <param name="announced">What the term announces.</param>
        /// <param name="body">Where the list is: the whole definition or the part after an introducing colon.</param>
        /// <param name="definition">The whole definition, trimmed.</param>
        public static EntryStructure? Evaluate(AnnouncedCount announced, string body, string definition)
        {
            if (announced.IsWeak || TopLevelSplitter.HasTopLevel(definition, "。") || EndsOpen(body) || !IsIntroduced(body, definition))
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
            // Without labels in the term (4×4, 1+5) only a tail restating a group's count (…4大优势产业) shows that a clause
            // is a counted group and not a clause of a sentence (以提升品质、美化环境…为目标，对…进行更新).
            if (!confirmed || !DifferingGroupsArePlain(announced, CountedReadings.Clauses(body), groups, requireTail: !announced.HasLabels))
            {
                return null;
            }

            return Reading.FromGroups(groups).ToStructure(PerGroup(announced, groups));
        }

        /// <summary>2614工作法 with 六到位 holding five: labelled groups, one per part, checked like clause groups.</summary>
        public static CountMismatch? ExplicitGroups(AnnouncedCount announced, List<LabelledText> labelled, List<ItemGroup> groups)
        {
            if (announced.IsWeak || !DifferingGroupsArePlain(announced, labelled.Select(group => group.Content).ToList(), groups, requireTail: false))
            {
                return null;
            }

            return PerGroup(announced, groups);
        }

        /// <summary>
        /// Whether every group whose count differs from its part is plainly a list of what the part counts: a plain list
        /// of at least two pieces whose joining words cannot make up the difference, and whose pieces are alike or are
        /// followed by a tail restating the part's count. Groups that agree need no more evidence.
        /// </summary>
        private static bool DifferingGroupsArePlain(AnnouncedCount announced, List<string> contents, List<ItemGroup> groups, bool requireTail)
        {
            for (int i = 0; i < groups.Count; i++)
            {
                CountPart part = announced.Parts[i];
                if (part.Accepts(groups[i].Items.Count))
                {
                    continue;
                }

                (List<string>? pieces, bool tailRestates) = PlainList.ReadGroup(contents[i], part);
                if (pieces == null || pieces.Count != groups[i].Items.Count || (requireTail && !tailRestates) || PlainList.JoinersCouldExplain(pieces, part.Count!.Value, part)
                    || !(tailRestates || PlainList.AreAlike(pieces, part, contents[i])) || PlainList.SurroundingWordsCouldExplain(pieces, part))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// A 六零 with five 零 items, a 十代 with nine: the whole text is plainly one list of alike items (or, for several
        /// labelled parts, of items that each carry a label), and nothing in it could explain the difference.
        /// </summary>
        private static EntryStructure? Flat(AnnouncedCount announced, string body)
        {
            if (announced.Shape == CountShape.DigitGroups || announced.IsOpenEnded)
            {
                return null;
            }

            List<string>? pieces = PlainList.Read(body);
            if (pieces == null)
            {
                return null;
            }

            // The conjunction reading nearest to the announced number is what the list holds (资源利用上线和生态环境准入清单 is two).
            List<string> nearest = ItemList.ConjunctionReadings(pieces)
                .Where(reading => PlainList.SplitKeepsLikeness(pieces, reading))
                .OrderBy(reading => System.Math.Abs(WeightedCount(announced, reading) - announced.Total))
                .ThenBy(reading => reading.Count)
                .First();
            int found = WeightedCount(announced, nearest);
            CountPart? onlyPart = announced.Parts.Count == 1 ? announced.Parts[0] : null;
            if (found == announced.Total || PlainList.JoinersCouldExplain(pieces, announced.Total, onlyPart)
                || PlainList.SurroundingWordsCouldExplain(pieces, onlyPart))
            {
                return null;
            }

            bool evidence = (announced.Parts.Count > 1 && announced.HasLabels && pieces.All(piece => LabelMatcher.MentionsAny(piece, announced.Parts)))
                || PlainList.AreAlike(pieces, onlyPart, body);
            if (!evidence)
            {
                return null;
            }

            var mismatch = new CountMismatch(announced.DescribeTotal(), AnnouncedCount.Items(found));
            return new Reading(ItemList.Finish(nearest)).ToStructure(mismatch);
        }

        /// <summary>
        /// The number of items a list holds, counting a short compound that repeats a label (宜居宜业) once per
        /// repetition, as the count check does when it accepts 五好两宜.
        /// </summary>
        private static int WeightedCount(AnnouncedCount announced, List<string> items)
        {
            if (!announced.HasLabels)
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

        private static CountMismatch PerGroup(AnnouncedCount announced, List<ItemGroup> groups)
            => new CountMismatch(announced.DescribePerGroup(), GroupReader.DescribeCounts(groups));

        private static string Pairs(int count) => count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " pair" : " pairs");

        /// <summary>A list after a colon is evidence only when the colon introduces it (即：), not a sub-heading (（2）三农：).</summary>
        private static bool IsIntroduced(string body, string definition)
        {
            if (body.Length == definition.Length)
            {
                return true;
            }

            // 把农村公路“建好、管好、护好、运营好”: the only quotation holds the list and the words around it are one phrase.
            List<QuotedSpan> quotes = TopLevelSplitter.TopLevelQuotes(definition);
            if (quotes.Count == 1 && quotes[0].Inner == body)
            {
                string around = definition.Substring(0, quotes[0].Start) + definition.Substring(quotes[0].End);
                return around.Length <= MaxPhraseAroundQuotedList && !TopLevelSplitter.HasTopLevel(around, TopLevelSplitter.AllSeparators)
                    && !ItemList.HasNumberInside(new[] { around });
            }

            // Numbers before the colon (第三届…的八项行动，分别为：) are counts the term may not share; they could explain a difference.
            int colon = TopLevelSplitter.LastTopLevelIndexOf(definition, "：:");
            string before = colon > 0 ? ItemText.TrimEdges(definition.Substring(0, colon)) : string.Empty;
            return IntroducingWords.Any(word => before.EndsWith(word, System.StringComparison.Ordinal)) && !ItemList.HasNumberInside(new[] { before });
        }

        private static bool EndsOpen(string body) => body.EndsWith("等", System.StringComparison.Ordinal) || body.EndsWith("等等", System.StringComparison.Ordinal);

    }
}
