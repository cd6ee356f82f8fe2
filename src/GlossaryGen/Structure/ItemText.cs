using System;
using System.Collections.Generic;

namespace GlossaryGen.Structure
{
    /// <summary>Turns the raw pieces of a split into items as printed, without list punctuation or lead-ins.</summary>
    internal static class ItemText
    {
        private static readonly char[] EdgePunctuation = "。；;，,、：:．. \t\r\n\u3000".ToCharArray();

        // Words that introduce a list rather than belong to its first item (指的是绿色食品 → 绿色食品).
        private static readonly string[] LeadIns =
        {
            "主要包括", "具体包括", "具体为", "分别是", "分别为", "指的是", "是指", "包括", "主要有", "主要是", "涵盖", "即", "聚焦", "统筹发展",
        };

        // Characters that make 指 the start of a word rather than "means": 指挥 指导 指标 指数 指南 指引 指定 指示 指令 指纹 指向 指针 指出 指廊 指甲.
        private const string WordsAfterZhi = "挥导标数南引定示令纹向针出廊甲";

        // Words that follow a label and introduce what it names, longest first.
        private static readonly string[] LabelIntroducers = { "分别是", "分别指", "是指", "即", "指", "是" };

        // One character of each introducer, which an item must hold for the introducer to occur in it.
        private static readonly char[] IntroducerChars = { '是', '指', '即' };

        // A label before its introducer is short (第一个“2”, 4个国铁项目).
        private const int MaxLabelPrefixLength = 10;

        private static readonly char[] ListMarks = "、，,；;（(".ToCharArray();

        public static string Clean(string piece)
        {
            string text = TrimEdges(piece);
            if (text.StartsWith("以及", StringComparison.Ordinal) && text.Length > 2)
            {
                text = TrimEdges(text.Substring(2));
            }

            return StripEnclosingQuotes(text);
        }

        public static string TrimEdges(string text) => text.Trim(EdgePunctuation);

        /// <summary>Removes a lead-in word from the start of a list's first item, when something is left.</summary>
        public static string StripLeadIn(string first)
        {
            foreach (string leadIn in LeadIns)
            {
                // The first characters compared first: nearly every item starts with none of the lead-ins.
                if (first.Length > leadIn.Length + 1 && first[0] == leadIn[0] && first.StartsWith(leadIn, StringComparison.Ordinal))
                {
                    return TrimEdges(first.Substring(leadIn.Length));
                }
            }

            // 指高污染、高能耗、低效益: a bare 指 introduces the list, unless it begins a word (指挥中心, 指导意见).
            if (first.StartsWith("指", StringComparison.Ordinal) && first.Length > 2 && WordsAfterZhi.IndexOf(first[1]) < 0)
            {
                return TrimEdges(first.Substring(1));
            }

            return first;
        }

        /// <summary>
        /// 一港即虎门港物流基地 → 虎门港物流基地, 第一个“2”指广州实验室 → 广州实验室, 二是从严治理燃煤污染 → 从严治理燃煤污染:
        /// a short label holding a number (or a quotation) and the word that introduces what it names are no part of the item.
        /// </summary>
        public static string StripLabelPrefix(string item)
        {
            if (item.IndexOfAny(IntroducerChars) < 0)
            {
                // No introducer can occur: most items.
                return item;
            }

            foreach (string introducer in LabelIntroducers)
            {
                int at = item.IndexOf(introducer, StringComparison.Ordinal);
                if (at <= 0 || at > MaxLabelPrefixLength || item.Length - at - introducer.Length < 2)
                {
                    continue;
                }

                string label = item.Substring(0, at);
                bool startsWord = introducer == "指" && WordsAfterZhi.IndexOf(item[at + 1]) >= 0;
                if (!startsWord && HoldsNumberOrQuote(label) && label.IndexOfAny(ListMarks) < 0)
                {
                    return TrimEdges(item.Substring(at + introducer.Length));
                }
            }

            return item;
        }

        private static bool HoldsNumberOrQuote(string label)
        {
            foreach (char c in label)
            {
                if ((c >= '0' && c <= '9') || c == '“' || ChineseNumerals.IsNumeralChar(c))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>“执行力提升年” → 执行力提升年, only when the quotes enclose the whole item.</summary>
        public static string StripEnclosingQuotes(string text)
        {
            if (text.Length >= 3 && text[0] == '“' && text[text.Length - 1] == '”')
            {
                List<QuotedSpan> quotes = TopLevelSplitter.TopLevelQuotes(text);
                if (quotes.Count == 1 && quotes[0].Start == 0 && quotes[0].End == text.Length)
                {
                    return quotes[0].Inner.Trim();
                }
            }

            return text;
        }

        /// <summary>
        /// When the items after the first share a head of two or more characters that the first item contains
        /// further in (根据省打好“发展六仗”部署实施打好经济增长主动仗), the first item starts at that head.
        /// </summary>
        public static void TrimPreambleBySharedHead(List<string> items)
        {
            if (items.Count < 3)
            {
                return;
            }

            string head = items[1];
            for (int i = 2; i < items.Count && head.Length > 0; i++)
            {
                int common = 0;
                while (common < head.Length && common < items[i].Length && head[common] == items[i][common])
                {
                    common++;
                }

                head = head.Substring(0, common);
            }

            if (head.Length < 2 || items[0].StartsWith(head, StringComparison.Ordinal))
            {
                return;
            }

            int at = items[0].LastIndexOf(head, StringComparison.Ordinal);
            if (at > 0 && items[0].Length - at > head.Length)
            {
                items[0] = items[0].Substring(at);
            }
        }

        /// <summary>
        /// 负面清单之外市场准入“零门槛” → 零门槛: when every item carries exactly one quoted phrase and each phrase
        /// holds what the term counts, the quoted phrases are the items.
        /// </summary>
        public static bool TryTakeQuotedPhrases(List<string> items, string countedLabel, out List<string> phrases)
        {
            phrases = new List<string>();
            if (countedLabel.Length == 0)
            {
                return false;
            }

            foreach (string item in items)
            {
                List<QuotedSpan> quotes = TopLevelSplitter.TopLevelQuotes(item);
                if (quotes.Count != 1 || quotes[0].Inner.IndexOf(countedLabel[0]) < 0 || quotes[0].Inner.Length == item.Length - 2)
                {
                    return false;
                }

                phrases.Add(quotes[0].Inner.Trim());
            }

            return true;
        }

        /// <summary>
        /// “执行力提升年”“能力素质提升年”“营商环境提升年”专项行动 and 《始得西山宴游记》《钴鉧潭记》: quoted phrases or
        /// titles written back to back are separate items (quote marks dropped, title marks kept); returns null when
        /// the piece is not such a run.
        /// </summary>
        public static List<string>? ExpandAdjacentQuotes(string piece)
        {
            return ExpandRun(piece, '“', '”', keepMarks: false) ?? ExpandRun(piece, '《', '》', keepMarks: true);
        }

        private static List<string>? ExpandRun(string piece, char opener, char closer, bool keepMarks)
        {
            if (piece.Length == 0 || piece[0] != opener)
            {
                // A run starts the piece.
                return null;
            }

            List<QuotedSpan> spans = TopLevelSplitter.TopLevelSpans(piece, opener, closer);
            if (spans.Count < 2 || spans[0].Start != 0)
            {
                return null;
            }

            for (int i = 1; i < spans.Count; i++)
            {
                if (spans[i].Start != spans[i - 1].End)
                {
                    return null;
                }
            }

            var phrases = new List<string>();
            foreach (QuotedSpan span in spans)
            {
                phrases.Add(keepMarks ? piece.Substring(span.Start, span.End - span.Start) : span.Inner.Trim());
            }

            return phrases;
        }
    }
}
