using System.Collections.Generic;
using System.Linq;

namespace GlossaryGen.Structure
{
    /// <summary>A label and the text it introduces: “两覆盖”：隐患排查整治全覆盖、执法能力建设全覆盖.</summary>
    internal readonly struct LabelledText
    {
        public LabelledText(string label, string content)
        {
            Label = label;
            Content = content;
        }

        public string Label { get; }

        public string Content { get; }
    }

    /// <summary>
    /// Finds labelled sub-lists written out in the definition: <c>“两覆盖”：…；“六到位”：…</c> and
    /// <c>“1”即…；“5”即…；“X”即…</c>. Every clause must carry a label, otherwise there are no explicit groups.
    /// </summary>
    internal static class ExplicitGroupDetector
    {
        private const int MaxLabelLength = 12;
        private const int MaxUnquotedLabelLength = 8;

        // Words between a quoted label and what it names, longest first (“1”是指…, “N”即…).
        private static readonly string[] LabelIntroducers = { "分别指", "是指", "就是", "即", "指", "是", "为" };

        private static readonly char[] Colons = { '：', ':' };

        /// <summary>What every label needs: an opening quote (<see cref="ReadQuotedLabel"/>) or a colon (<see cref="ReadUnquotedLabel"/>).</summary>
        private static readonly char[] LabelMarks = { '“', '：', ':' };

        public static List<LabelledText>? Detect(string body)
        {
            if (body.IndexOfAny(LabelMarks) < 0)
            {
                // No clause can carry a label: most definitions, ruled out before they are split twice.
                return null;
            }

            List<string> clauses = TopLevelSplitter.Split(body, TopLevelSplitter.ClauseSeparators);
            if (clauses.Count < 2)
            {
                // “1”指一个综合平台，“N”指若干专项应用: quoted labels may also open the clauses of one sentence.
                return DetectQuotedByPhrase(body);
            }

            var groups = new List<LabelledText>();
            foreach (string clause in clauses)
            {
                LabelledText? group = ReadQuotedLabel(clause) ?? ReadUnquotedLabel(clause);
                if (group == null)
                {
                    return null;
                }

                groups.Add(group.Value);
            }

            return groups;
        }

        private static List<LabelledText>? DetectQuotedByPhrase(string body)
        {
            List<string> phrases = TopLevelSplitter.Split(body, TopLevelSplitter.PhraseSeparators);
            if (phrases.Count < 2)
            {
                return null;
            }

            var groups = new List<LabelledText>();
            foreach (string phrase in phrases)
            {
                LabelledText? group = ReadQuotedLabel(phrase);
                if (group == null)
                {
                    return null;
                }

                groups.Add(group.Value);
            }

            return groups;
        }

        private static LabelledText? ReadQuotedLabel(string clause)
        {
            List<QuotedSpan> quotes = TopLevelSplitter.TopLevelQuotes(clause);
            if (quotes.Count == 0 || quotes[0].Start != 0)
            {
                return null;
            }

            string label = quotes[0].Inner.Trim();
            string rest = clause.Substring(quotes[0].End).TrimStart();
            if (label.Length == 0 || label.Length > MaxLabelLength)
            {
                return null;
            }

            string? introducing = LabelIntroducers.FirstOrDefault(word => rest.StartsWith(word, System.StringComparison.Ordinal));
            if (introducing != null)
            {
                rest = rest.Substring(introducing.Length);
            }
            else if (!(rest.StartsWith("：", System.StringComparison.Ordinal) || rest.StartsWith(":", System.StringComparison.Ordinal)))
            {
                return null;
            }

            string content = ItemText.TrimEdges(rest);
            return content.Length == 0 ? (LabelledText?)null : new LabelledText(label, content);
        }

        private static LabelledText? ReadUnquotedLabel(string clause)
        {
            int colon = clause.IndexOfAny(Colons);
            if (colon <= 0 || colon > MaxUnquotedLabelLength)
            {
                return null;
            }

            string label = clause.Substring(0, colon).Trim();
            if (TopLevelSplitter.HasTopLevel(label, TopLevelSplitter.AllSeparators) || label.IndexOf('“') >= 0)
            {
                return null;
            }

            string content = ItemText.TrimEdges(clause.Substring(colon + 1));
            return content.Length == 0 ? (LabelledText?)null : new LabelledText(label, content);
        }
    }
}
