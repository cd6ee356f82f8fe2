using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace GlossaryGen.Structure
{
    /// <summary>
    /// Reads the numbers of a term as announced counts: 六零 → 6 × 零; 三送三解三优 → 3 送 + 3 解 + 3 优;
    /// 2614工作法 → groups of 2, 6, 1, 4; 省4×4现代化产业体系 → 4 groups of 4; 4+N → 4 + open.
    /// Returns null when the numbers are not counts: versions (3.0版), units and times (15分钟, 一期, 三年),
    /// ordinals (第一, 八五普法, 十四五, 二十大), magnitudes (百千工程, 万家), and one-thing terms (一网通办).
    /// </summary>
    internal static class TermCountReader
    {
        // Units after which a number measures or orders something rather than counting listed items.
        private static readonly string[] NonCountUnits =
        {
            "分钟", "小时", "个月", "公里", "千米", "平方", "%", "％", "‰", ".", "．",
            "期", "届", "次", "轮", "年", "月", "日", "天", "周", "岁", "倍", "成", "折", "号", "级", "元", "米", "亩", "吨", "秒", "分", "时",
            "版", "楼", "层", "万", "亿", "千", "百", "后", "强", "名", "位数",
        };

        // Measure words between a numeral and what it counts (四张清单, 六大领域, 三个提升).
        private static readonly string[] MeasureWords = { "方面", "个", "大", "张", "项", "类", "种", "条", "支", "件", "座", "批", "场", "道" };

        // Characters before 一 that make it part of a word, not a count (五统一, 唯一, 同一, 归一, 整齐划一, 始终如一, 逐一).
        private const string WordsBeforeOne = "统唯同归专划如万逐不";

        // Characters after 一 that make it part of a word (一样, 一致, 一切, 一律, 一般, 一起, 一直, 一贯).
        private const string WordsAfterOne = "样致切律般起直贯";

        public static AnnouncedCount? Read(string term)
        {
            if (!HoldsNumberOrPlus(term))
            {
                // Most terms: nothing below would find a token.
                return null;
            }

            if (NumbersInSeveralWords(term))
            {
                // 五大工程 大力实施宣传发动五进: a heading the reader could not split; which numbers belong to the term is unknown.
                return null;
            }

            string text = RemovePlaceNames(Normalize(term));
            List<NumberToken>? tokens = Tokenize(text);
            if (tokens == null || tokens.Count == 0)
            {
                return null;
            }

            AnnouncedCount? count = HasOperator(tokens) ? ReadExpression(tokens) : ReadWords(text, tokens);
            if (count == null || count.Parts.Count == 0 || (count.Parts.Count == 1 && count.Total < 2))
            {
                return null;
            }

            return count;
        }

        /// <summary>Whether the term holds a character a count is written with: a digit, a Chinese numeral or a plus sign.</summary>
        private static bool HoldsNumberOrPlus(string term)
        {
            foreach (char c in term)
            {
                if (IsDigit(c) || (c >= '０' && c <= '９') || c == '+' || c == '＋' || ChineseNumerals.IsNumeralChar(c))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasOperator(List<NumberToken> tokens)
        {
            foreach (NumberToken token in tokens)
            {
                if (token.Kind == TokenKind.Plus || token.Kind == TokenKind.Times)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>4×4, 3+1, 4+N, 1+5+X: operands joined by operators; anything else in the term makes it unclear.</summary>
        private static AnnouncedCount? ReadExpression(List<NumberToken> tokens)
        {
            var operands = new List<NumberToken>();
            bool times = false;
            bool plus = false;
            for (int i = 0; i < tokens.Count; i++)
            {
                NumberToken token = tokens[i];
                bool expectOperand = i % 2 == 0;
                bool isOperator = token.Kind == TokenKind.Plus || token.Kind == TokenKind.Times;
                if (expectOperand == isOperator)
                {
                    return null;
                }

                if (i > 0 && token.Start != tokens[i - 1].End)
                {
                    return null;
                }

                times |= token.Kind == TokenKind.Times;
                plus |= token.Kind == TokenKind.Plus;
                if (!isOperator)
                {
                    operands.Add(token);
                }
            }

            if (tokens.Count % 2 == 0 || (times && plus))
            {
                return null;
            }

            var parts = new List<CountPart>();
            foreach (NumberToken operand in operands)
            {
                if (operand.Kind == TokenKind.Open)
                {
                    parts.Add(new CountPart(null, string.Empty, operand.Text));
                    continue;
                }

                int? value = OperandValue(operand);
                if (!value.HasValue || value.Value < 1)
                {
                    return null;
                }

                parts.Add(new CountPart(value, string.Empty));
            }

            if (!times)
            {
                return new AnnouncedCount(parts, CountShape.Sum);
            }

            if (parts.Count != 2 || !parts[0].Count.HasValue || !parts[1].Count.HasValue || parts[0].Count > 20)
            {
                return null;
            }

            var groups = new List<CountPart>();
            for (int i = 0; i < parts[0].Count!.Value; i++)
            {
                groups.Add(new CountPart(parts[1].Count, string.Empty));
            }

            return new AnnouncedCount(groups, CountShape.Product);
        }

        private static int? OperandValue(NumberToken operand)
        {
            if (operand.Kind == TokenKind.Chinese)
            {
                return ChineseNumerals.ParseCount(operand.Text);
            }

            if (operand.Text.Length > 3)
            {
                return null;
            }

            return int.Parse(operand.Text, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        /// <summary>三送三解三优, 四张清单, 2614工作法: numbers followed by what they count.</summary>
        private static AnnouncedCount? ReadWords(string text, List<NumberToken> tokens)
        {
            if (tokens.Count == 1 && tokens[0].Kind == TokenKind.Digits && tokens[0].Text.Length > 1 && !StartsWithMeasureWord(text, tokens[0].End))
            {
                return ReadDigitGroups(tokens[0].Text);
            }

            var parts = new List<CountPart>();
            for (int i = 0; i < tokens.Count; i++)
            {
                NumberToken token = tokens[i];
                if (token.Kind == TokenKind.Open)
                {
                    return null;
                }

                int? value = OperandValue(token);
                if (!value.HasValue || value.Value < 1)
                {
                    return null;
                }

                int labelStart = token.End;
                string measure = MeasureWordAt(text, labelStart);
                labelStart += measure.Length;
                int labelEnd = i + 1 < tokens.Count ? tokens[i + 1].Start : text.Length;
                if (labelEnd < labelStart)
                {
                    return null;
                }

                string label = text.Substring(labelStart, labelEnd - labelStart);
                if (label.Length == 0)
                {
                    // 五个一批: "个一" joins the count to what follows, it does not add a part.
                    if (measure.Length > 0 && i + 1 < tokens.Count && tokens[i + 1].Text == "一" && labelEnd == labelStart)
                    {
                        int nextEnd = i + 2 < tokens.Count ? tokens[i + 2].Start : text.Length;
                        parts.Add(new CountPart(value, text.Substring(tokens[i + 1].End, nextEnd - tokens[i + 1].End)));
                        i++;
                        continue;
                    }

                    // 三证合一: the parts become one; that 一 counts nothing.
                    if (token.Text == "一" && parts.Count > 0 && parts[parts.Count - 1].Label.EndsWith("合", System.StringComparison.Ordinal))
                    {
                        continue;
                    }

                    // 二十大, 39条: nothing is counted.
                    return null;
                }

                if (label.IndexOf('的') >= 0)
                {
                    // 办好两件大事的6部促进条例: the first number qualifies what the second counts; they do not add up.
                    return null;
                }

                parts.Add(new CountPart(value, label));
            }

            return DropIdiomaticOnes(parts);
        }

        /// <summary>五位一体 counts the parts that become one; the 一 is not another item.</summary>
        private static AnnouncedCount DropIdiomaticOnes(List<CountPart> parts)
        {
            var kept = new List<CountPart>();
            foreach (CountPart part in parts)
            {
                if (kept.Count > 0 && part.Count == 1)
                {
                    string previous = kept[kept.Count - 1].Label;
                    if (previous.EndsWith("位", System.StringComparison.Ordinal) && part.Label.StartsWith("体", System.StringComparison.Ordinal))
                    {
                        continue;
                    }
                }

                kept.Add(part);
            }

            return new AnnouncedCount(TrimLastLabel(kept), CountShape.Sum);
        }

        /// <summary>
        /// The last label runs to the end of the term (三送三解三优行动 → 优行动); it is cut to the length of the
        /// other labels so that it names what is counted (优).
        /// </summary>
        private static List<CountPart> TrimLastLabel(List<CountPart> parts)
        {
            if (parts.Count < 2)
            {
                return parts;
            }

            int longest = 0;
            for (int i = 0; i < parts.Count - 1; i++)
            {
                longest = System.Math.Max(longest, parts[i].Label.Length);
            }

            CountPart last = parts[parts.Count - 1];
            if (longest > 0 && last.Label.Length > longest)
            {
                parts[parts.Count - 1] = last with { Label = last.Label.Substring(0, longest) };
            }

            return parts;
        }

        /// <summary>2614 → 2, 6, 1, 4; 13210 → 1, 3, 2, 10. A 0 that is not part of 10 (5080) means the digits are not counts.</summary>
        private static AnnouncedCount? ReadDigitGroups(string digits)
        {
            var parts = new List<CountPart>();
            for (int i = 0; i < digits.Length; i++)
            {
                if (digits[i] == '1' && i + 1 < digits.Length && digits[i + 1] == '0')
                {
                    parts.Add(new CountPart(10, string.Empty));
                    i++;
                    continue;
                }

                if (digits[i] == '0')
                {
                    return null;
                }

                parts.Add(new CountPart(digits[i] - '0', string.Empty));
            }

            return parts.Count == 1 ? new AnnouncedCount(parts, CountShape.Sum) : new AnnouncedCount(parts, CountShape.DigitGroups);
        }

        private static List<NumberToken>? Tokenize(string text)
        {
            var tokens = new List<NumberToken>();
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (IsDigit(c))
                {
                    int end = i;
                    while (end < text.Length && IsDigit(text[end]))
                    {
                        end++;
                    }

                    bool timesFollows = end + 1 < text.Length && IsTimesSign(text[end]) && IsDigit(text[end + 1]);
                    if (!timesFollows && (end < text.Length && IsLatinLetter(text[end]) || HasNonCountUnit(text, end)))
                    {
                        return null;
                    }

                    tokens.Add(new NumberToken(TokenKind.Digits, i, end, text.Substring(i, end - i)));
                    i = end;
                    continue;
                }

                if (ChineseNumerals.IsNumeralChar(c))
                {
                    int end = i;
                    while (end < text.Length && ChineseNumerals.IsNumeralChar(text[end]))
                    {
                        end++;
                    }

                    if ((i > 0 && text[i - 1] == '第') || HasNonCountUnit(text, end))
                    {
                        return null;
                    }

                    if (end == i + 1 && c == '一' && ((i > 0 && WordsBeforeOne.IndexOf(text[i - 1]) >= 0) || (end < text.Length && WordsAfterOne.IndexOf(text[end]) >= 0)))
                    {
                        i = end;
                        continue;
                    }

                    tokens.Add(new NumberToken(TokenKind.Chinese, i, end, text.Substring(i, end - i)));
                    i = end;
                    continue;
                }

                if (c == '+')
                {
                    tokens.Add(new NumberToken(TokenKind.Plus, i, i + 1, "+"));
                }
                else if (IsTimesSign(c) && tokens.Count > 0 && tokens[tokens.Count - 1].End == i && i + 1 < text.Length && IsDigit(text[i + 1]))
                {
                    tokens.Add(new NumberToken(TokenKind.Times, i, i + 1, "×"));
                }
                else if ((c == 'N' || c == 'X' || c == 'n' || c == 'x') && IsNextToPlus(text, i))
                {
                    tokens.Add(new NumberToken(TokenKind.Open, i, i + 1, char.ToUpperInvariant(c).ToString()));
                }

                i++;
            }

            return tokens;
        }

        // Place names written with a numeral (四川云教, 三亚湾, 九江): the numeral counts nothing.
        private static readonly string[] PlaceNames = { "四川", "三亚", "三明", "三门峡", "九江", "六安", "六盘水", "十堰", "七台河", "五指山", "万宁", "万州", "八一" };

        private static string RemovePlaceNames(string text)
        {
            foreach (string place in PlaceNames)
            {
                text = text.Replace(place, "地");
            }

            return text;
        }

        private static bool NumbersInSeveralWords(string term)
        {
            int wordsWithNumbers = 0;
            foreach (string word in term.Split(new[] { ' ', '\u3000', '\t' }, System.StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (char c in word)
                {
                    if (IsDigit(c) || (c >= '０' && c <= '９') || ChineseNumerals.IsNumeralChar(c))
                    {
                        wordsWithNumbers++;
                        break;
                    }
                }
            }

            return wordsWithNumbers > 1;
        }

        private static bool IsNextToPlus(string text, int i)
            => (i > 0 && text[i - 1] == '+') || (i + 1 < text.Length && text[i + 1] == '+');

        private static bool HasNonCountUnit(string text, int at)
        {
            foreach (string unit in NonCountUnits)
            {
                if (at + unit.Length <= text.Length && string.CompareOrdinal(text, at, unit, 0, unit.Length) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static string MeasureWordAt(string text, int at)
        {
            foreach (string measure in MeasureWords)
            {
                if (at + measure.Length <= text.Length && string.CompareOrdinal(text, at, measure, 0, measure.Length) == 0)
                {
                    return measure;
                }
            }

            return string.Empty;
        }

        private static bool StartsWithMeasureWord(string text, int at) => MeasureWordAt(text, at).Length > 0;

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static bool IsTimesSign(char c) => c == '×' || c == 'x' || c == 'X' || c == '*' || c == '✕';

        private static bool IsLatinLetter(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

        /// <summary>Drops parenthesised asides (香零山路（一期）) and quote marks, and folds full-width digits and signs.</summary>
        private static string Normalize(string term)
        {
            var builder = new StringBuilder(term.Length);
            int parenthesisDepth = 0;
            foreach (char raw in term)
            {
                char c = raw;
                if (c == '（' || c == '(')
                {
                    parenthesisDepth++;
                    continue;
                }

                if (c == '）' || c == ')')
                {
                    if (parenthesisDepth > 0)
                    {
                        parenthesisDepth--;
                    }

                    continue;
                }

                if (parenthesisDepth > 0 || c == '“' || c == '”' || c == '‘' || c == '’' || c == '"' || c == '\'' || char.IsWhiteSpace(c))
                {
                    continue;
                }

                if (c >= '０' && c <= '９')
                {
                    c = (char)('0' + (c - '０'));
                }
                else if (c == '＋')
                {
                    c = '+';
                }
                else if (c >= 'Ａ' && c <= 'Ｚ')
                {
                    c = (char)('A' + (c - 'Ａ'));
                }

                builder.Append(c);
            }

            return builder.ToString();
        }

        private enum TokenKind
        {
            Digits,
            Chinese,
            Open,
            Plus,
            Times,
        }

        private readonly struct NumberToken
        {
            public NumberToken(TokenKind kind, int start, int end, string text)
            {
                Kind = kind;
                Start = start;
                End = end;
                Text = text;
            }

            public TokenKind Kind { get; }

            public int Start { get; }

            public int End { get; }

            public string Text { get; }
        }
    }
}
