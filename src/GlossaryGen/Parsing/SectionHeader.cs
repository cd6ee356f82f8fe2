using System.Linq;
using System.Text;

namespace GlossaryGen.Parsing
{
    /// <summary>
    /// Recognizes the line that opens a glossary section: a short line whose words say "explanation of
    /// terms" (<c>名词解释</c>, <c>名词注解</c>, <c>有关名词的解释</c>, <c>名词解释和说明</c>, <c>名詞解釋</c>, <c>注释</c> …),
    /// whatever decoration surrounds them: a label before a colon (<c>附：</c>, <c>附件2：</c>, <c>第三部分:</c>,
    /// <c>资料：</c>), a title (<c>《政府工作报告》</c>), brackets (<c>【…】</c>, <c>[…]</c>), markup (<c>**</c>, <c>- </c>,
    /// <c>&lt;!-- --&gt;</c>, <c>&gt;&gt;&gt;</c>), a note in brackets after it, spaces between the characters.
    /// </summary>
    internal static class SectionHeader
    {
        private const int MaxHeaderLength = 40;

        /// <summary>A label before a colon names the attachment or part: 附, 附件二, 附录一, 第三部分, 资料.</summary>
        private const int MaxLabelLength = 16;

        private static readonly string[] Endings =
        {
            "名词解释", "名詞解釋", "名词注解", "名詞註解", "名词注释", "名詞註釋", "名词释义", "名詞釋義",
            "名词的解释", "名詞的解釋", "名词术语解释", "名詞術語解釋", "术语解释", "術語解釋",
            "名词解读", "名詞解讀", "词语解释", "詞語解釋", "名词术语", "名詞術語",
            "注释", "註釋", "注解", "註解", "释义", "釋義",
        };

        /// <summary>Words that may follow the header's keyword: 名词解释和说明, 名词解释说明.</summary>
        private static readonly string[] Suffixes = { "和说明", "及说明", "与说明", "說明", "说明", "和說明", "及說明" };

        /// <summary>Marks that decorate a header line without being part of it.</summary>
        private const string Decoration = "【】[]［］〔〕〖〗<>＜＞!！-—*＊>》«»|";

        /// <summary>
        /// The last characters of the <see cref="Endings"/>. Making a line compact only removes characters, so a line
        /// without any of them is no header: this spares compacting nearly every line of a file.
        /// </summary>
        private static readonly char[] EndingKeys = Endings.Select(ending => ending[ending.Length - 1]).Distinct().ToArray();

        /// <summary>Whether the cleaned line is a section header.</summary>
        public static bool IsHeader(string text)
        {
            if (text.IndexOfAny(EndingKeys) < 0)
            {
                return false;
            }

            string compact = Compact(text);
            Numbering numbering = NumberingReader.Read(compact, -1);
            if (numbering.Style == NumberingStyle.ChineseComma || numbering.Style == NumberingStyle.ChineseParenthesis)
            {
                // "三、名词解释": a part of a department budget disclosure, numbered as its parts are.
                compact = compact.Substring(numbering.Length);
            }
            else if (numbering.IsPresent)
            {
                return false;
            }

            if (compact.Length == 0 || compact.Length > MaxHeaderLength)
            {
                return false;
            }

            foreach (char c in compact)
            {
                if (TextChars.IsClausePunctuation(c) || TextChars.IsColon(c))
                {
                    return false;
                }
            }

            string core = WithoutSuffix(compact);
            foreach (string ending in Endings)
            {
                if (core.EndsWith(ending, System.StringComparison.Ordinal))
                {
                    // "释义" and "注释" alone are headers; as the end of a longer line they must follow a
                    // title such as 《…》 or "附件2", not be the tail of some term.
                    return ending.Length > 2 || core.Length == ending.Length || IsTitlePrefix(core, core.Length - ending.Length);
                }
            }

            return false;
        }

        /// <summary>
        /// The length of a header that opens a line holding the glossary's first entry as well, as web pages
        /// print it: <c>名词解释：1.六零：…</c>, <c>【名词解释】1.六零：…</c>; 0 when the line does not start so.
        /// </summary>
        public static int LengthOfLeadingHeader(string text)
        {
            if (text.IndexOfAny(EndingKeys) < 0)
            {
                // No start of the line can be a header (IsHeader).
                return 0;
            }

            int limit = text.Length < MaxHeaderLength ? text.Length : MaxHeaderLength;
            for (int i = 1; i < limit; i++)
            {
                char c = text[i];
                if (!TextChars.IsColon(c) && c != '\u3011' && c != ']')
                {
                    continue;
                }

                int end = i + 1;
                if (end >= text.Length || !IsHeader(text.Substring(0, end)))
                {
                    continue;
                }

                Numbering first = NumberingReader.Read(text.Substring(end).TrimStart(), 1);
                return first.IsPresent && first.Number == 1 ? end : 0;
            }

            return 0;
        }

        private static string WithoutSuffix(string compact)
        {
            foreach (string suffix in Suffixes)
            {
                if (compact.Length > suffix.Length && compact.EndsWith(suffix, System.StringComparison.Ordinal))
                {
                    return compact.Substring(0, compact.Length - suffix.Length);
                }
            }

            return compact;
        }

        private static bool IsTitlePrefix(string compact, int length)
            => length > 0 && (compact[length - 1] == '\u300B' || compact.StartsWith("\u9644\u4EF6", System.StringComparison.Ordinal));

        /// <summary>
        /// The header's words: spaces, decoration, a trailing colon, a trailing note in brackets and a
        /// short label before a colon removed. What is left may still hold a colon when the part before it
        /// was too long to be a label: then it is prose, and <see cref="IsHeader"/> says no.
        /// </summary>
        private static string Compact(string text)
        {
            string inner = StripHtmlComment(text);
            var builder = new StringBuilder(inner.Length);
            foreach (char c in inner)
            {
                if (!TextChars.IsSpace(c))
                {
                    builder.Append(c);
                }
            }

            string compact = Trim(builder.ToString());
            compact = WithoutTrailingNote(compact);
            compact = WithoutLabel(compact);

            // "附件2 名词解释": the attachment label without a colon is part of the header.
            if (compact.StartsWith("\u9644\u4EF6", System.StringComparison.Ordinal))
            {
                int i = 2;
                while (i < compact.Length && (TextChars.IsDigit(compact[i]) || IsChineseNumeral(compact[i])))
                {
                    i++;
                }

                while (i < compact.Length && (compact[i] == '\u3001' || compact[i] == '.' || compact[i] == '\uFF0E'))
                {
                    i++;
                }

                if (i < compact.Length)
                {
                    return compact.Substring(i);
                }
            }

            return compact;
        }

        /// <summary><c>&lt;!-- 名词解释 --&gt;</c>: the words inside the comment.</summary>
        private static string StripHtmlComment(string text)
        {
            string trimmed = text.Trim();
            if (trimmed.StartsWith("<!--", System.StringComparison.Ordinal) && trimmed.EndsWith("-->", System.StringComparison.Ordinal) && trimmed.Length >= 7)
            {
                return trimmed.Substring(4, trimmed.Length - 7);
            }

            return text;
        }

        /// <summary>Decoration and colons at both ends: <c>【名词解释】</c>, <c>名词解释&gt;&gt;&gt;</c>, <c>- 名词解释：</c>.</summary>
        private static string Trim(string compact)
        {
            int start = 0;
            int end = compact.Length;
            while (start < end && Decoration.IndexOf(compact[start]) >= 0)
            {
                start++;
            }

            while (end > start && (Decoration.IndexOf(compact[end - 1]) >= 0 || TextChars.IsColon(compact[end - 1])))
            {
                end--;
            }

            return compact.Substring(start, end - start);
        }

        /// <summary>A note in brackets after the header: <c>名词解释（按报告中出现顺序排列）</c>.</summary>
        private static string WithoutTrailingNote(string compact)
        {
            if (compact.Length == 0)
            {
                return compact;
            }

            char last = compact[compact.Length - 1];
            char opening = last == '\uFF09' ? '\uFF08' : last == ')' ? '(' : '\0';
            if (opening == '\0')
            {
                return compact;
            }

            int open = compact.LastIndexOf(opening);
            if (open <= 0)
            {
                return compact;
            }

            return Trim(compact.Substring(0, open));
        }

        /// <summary>A short label before a colon: <c>附：</c>, <c>附件二：</c>, <c>第三部分:</c>, <c>资料：</c>.</summary>
        private static string WithoutLabel(string compact)
        {
            int colon = -1;
            for (int i = 0; i < compact.Length; i++)
            {
                if (TextChars.IsColon(compact[i]))
                {
                    colon = i;
                    break;
                }
            }

            if (colon <= 0 || colon > MaxLabelLength)
            {
                return compact;
            }

            for (int i = 0; i < colon; i++)
            {
                if (TextChars.IsClausePunctuation(compact[i]) || TextChars.IsQuote(compact[i]))
                {
                    return compact;
                }
            }

            return Trim(compact.Substring(colon + 1));
        }

        private static bool IsChineseNumeral(char c) => "一二三四五六七八九十".IndexOf(c) >= 0;
    }
}
