using System;
using System.Collections.Generic;
using System.Linq;
using GlossaryGen.Model;

namespace GlossaryGen.Structure
{
    /// <summary>
    /// Splits a definition into items and groups and checks them against the numbers in the term.
    /// A pure function of the two strings, written never to throw; the pipeline guards it (see <see cref="Analyze"/>).
    /// </summary>
    internal static class EntryStructureAnalyzer
    {
        /// <summary>
        /// Analyses one entry. It does not catch: the caller reports any failure as GG9999 at the entry, so a bug
        /// here shows up in builds and in the randomized tests instead of silently becoming "no items".
        /// </summary>
        /// <param name="term">The canonical term, quote marks removed (2614工作法, 省4×4现代化产业体系).</param>
        /// <param name="definition">The definition as printed.</param>
        public static EntryStructure Analyze(string term, string definition)
        {
            string body = ItemText.TrimEdges(definition ?? string.Empty);
            if (body.Length == 0)
            {
                return EntryStructure.None;
            }

            AnnouncedCount? announced = TermCountReader.Read(term ?? string.Empty);
            return announced == null ? Uncounted(term ?? string.Empty, body) : Counted(term ?? string.Empty, announced, body);
        }

        private static EntryStructure Uncounted(string term, string body) => UncountedListReader.Read(term, body)?.ToStructure() ?? EntryStructure.None;

        private static EntryStructure Counted(string term, AnnouncedCount announced, string body)
        {
            EntryStructure? explicitGroups = ExplicitGroups(announced, body);
            if (explicitGroups != null)
            {
                return explicitGroups;
            }

            List<string> bodies = CandidateBodies(body);
            // A slogan of 一 (一县一特) agrees with any two clauses; a clause holding a list of its own is no item of it.
            foreach (string candidate in bodies)
            {
                Reading? reading = Consistent(announced, candidate);
                if (reading != null && !(announced.IsWeak && reading.Items.Any(item => TopLevelSplitter.HasTopLevel(item, TopLevelSplitter.AllSeparators))))
                {
                    return reading.ToStructure();
                }
            }

            string primary = bodies.FirstOrDefault(candidate => ItemList.Pieces(candidate).Count >= 2) ?? bodies[0];
            // A count no reading confirms and no evidence contradicts leaves the reading unsure: no items rather than
            // wrong ones (在谢岗 | 大岭山 | … | 虎门港建立危险化学品生产 | 储存 | …). Terms of 一 only are slogans as often as
            // counts; their definitions are read as if they had none.
            return MismatchEvidence.Evaluate(announced, primary, body) ?? (announced.IsWeak ? Uncounted(term, body) : EntryStructure.None);
        }

        private static Reading? Consistent(AnnouncedCount announced, string body)
        {
            Reading? paired = CountedReadings.Paired(announced, body);
            if (paired != null)
            {
                return paired;
            }

            List<ItemGroup>? clauseGroups = CountedReadings.ClauseGroups(announced, body);
            if (clauseGroups != null && CountedReadings.AllAccepted(announced, clauseGroups))
            {
                return Reading.FromGroups(clauseGroups);
            }

            if (clauseGroups != null && CountedReadings.IsLabelConfirmed(announced, clauseGroups))
            {
                // The clauses are the announced groups and one of them is short or long: no flatter reading may hide it.
                return null;
            }

            return CountedReadings.Flat(announced, body) ?? CountedReadings.Weighted(announced, body);
        }

        /// <summary>
        /// 2614工作法 (“两覆盖”：…；“六到位”：…), 1+5+X (“1”即…；“5”即…；“X”即…): one labelled sub-list per announced
        /// group, or one labelled group per announced item.
        /// </summary>
        private static EntryStructure? ExplicitGroups(AnnouncedCount announced, string body)
        {
            List<LabelledText>? labelled = ExplicitGroupDetector.Detect(body);
            if (labelled == null)
            {
                return null;
            }

            if (labelled.Count == announced.Parts.Count)
            {
                var groups = labelled.Select((group, i) => GroupReader.Read(group.Content, announced.Parts[i], group.Label)).ToList();
                bool consistent = CountedReadings.AllAccepted(announced, groups);
                CountMismatch? mismatch = consistent ? null : MismatchEvidence.ExplicitGroups(announced, labelled, groups);
                return consistent || mismatch != null || SelfConfirming(labelled, groups)
                    ? Reading.FromGroups(groups).ToStructure(mismatch)
                    : EntryStructure.None;
            }

            var wholeGroups = labelled
                .Select(group => new ItemGroup(group.Label, ItemList.Finish(ItemList.Pieces(group.Content)).ToEquatableArray()))
                .ToList();
            if (!announced.IsOpenEnded && labelled.Count == announced.Total)
            {
                return new Reading(labelled.Select(group => group.Label).ToList(), wholeGroups).ToStructure();
            }

            // Groups that do not line up with the term are kept only when each confirms itself (“四馆”指 four 馆 in
            // 四馆一剧院一空间); otherwise the reading is unsure and gives nothing rather than something wrong.
            return SelfConfirming(labelled, wholeGroups) ? Reading.FromGroups(wholeGroups).ToStructure() : EntryStructure.None;
        }

        /// <summary>
        /// Whether every group is a plain list (or one item) of exactly what its label announces: “四馆” with four, “一空间”
        /// with one.
        /// </summary>
        private static bool SelfConfirming(List<LabelledText> labelled, List<ItemGroup> groups)
        {
            for (int i = 0; i < groups.Count; i++)
            {
                ItemGroup group = groups[i];
                AnnouncedCount? count = TermCountReader.Read(group.Label);
                int? announced = count != null && !count.IsOpenEnded ? count.Total
                    : group.Label.StartsWith("一", StringComparison.Ordinal) && group.Label.Length > 1 ? 1
                    : (int?)null;
                if (announced != group.Items.Count || (group.Items.Count > 1 && PlainList.Read(labelled[i].Content) == null))
                {
                    return false;
                }
            }

            return true;
        }

        // Words that open the list after a preamble clause.
        private static readonly string[] IntroducingWords = { "即", "包括", "主要包括", "具体包括", "分别是", "分别为", "具体为" };

        /// <summary>The text from the first clause after the first that opens with an introducing word, or null.</summary>
        private static string? AfterIntroducingWord(string text)
        {
            var brackets = new Brackets();
            for (int i = 0; i < text.Length - 1; i++)
            {
                if (brackets.Feed(text[i]) || !brackets.AtTopLevel || TopLevelSplitter.AllSeparators.IndexOf(text[i]) < 0)
                {
                    continue;
                }

                string rest = text.Substring(i + 1);
                foreach (string word in IntroducingWords)
                {
                    if (rest.StartsWith(word, StringComparison.Ordinal) && ItemList.Pieces(rest).Count >= 2)
                    {
                        return ItemText.TrimEdges(rest.Substring(word.Length));
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// Where the list may be: after an introducing colon (…的简称，即：A、B、C), the whole definition, and inside its
        /// only quotation when the list is quoted (把农村公路“建好、管好、护好、运营好”).
        /// </summary>
        private static List<string> CandidateBodies(string body)
        {
            var bodies = new List<string>();
            int colon = TopLevelSplitter.LastTopLevelIndexOf(body, "：:");
            string listPart = body;
            if (colon >= 0 && colon < body.Length - 1)
            {
                listPart = ItemText.TrimEdges(body.Substring(colon + 1));
                if (listPart.Length > 0)
                {
                    bodies.Add(listPart);
                }
            }

            // A list after an introducing word (这是…的原则要求，即教育发展优先规划，…) is the list; the words before are not items.
            string? introduced = AfterIntroducingWord(listPart);
            if (introduced != null)
            {
                bodies.Add(introduced);
            }

            // A list after an introducing colon is the list; the words before it are not items.
            if (bodies.Count == 0 || ItemList.Pieces(bodies[0]).Count < 2)
            {
                bodies.Add(body);
            }

            List<QuotedSpan> quotes = TopLevelSplitter.TopLevelQuotes(listPart);
            if (quotes.Count == 1 && TopLevelSplitter.HasTopLevel(quotes[0].Inner, TopLevelSplitter.AllSeparators))
            {
                bodies.Add(quotes[0].Inner);
            }

            return bodies;
        }
    }
}
