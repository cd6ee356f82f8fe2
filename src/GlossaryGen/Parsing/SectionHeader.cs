using System.Collections.Generic;
using System.Text;

namespace GlossaryGen.Parsing
{
    /// <summary>
    /// Recognizes the line that opens a glossary section: <c>名词解释</c>, <c>名 词 解 释</c>, <c>名词解释：</c>,
    /// <c>名词注解</c>, <c>注释</c>, <c>《政府工作报告》名词解释</c>, <c>2024年预算报告中有关名词的解释</c>,
    /// <c>**名词解释**</c> and the traditional forms (<c>名詞解釋</c>, <c>註釋</c>).
    /// </summary>
    internal static class SectionHeader
    {
        private const int MaxHeaderLength = 40;

        private static readonly string[] Endings =
        {
            "名词解释", "名詞解釋", "名词注解", "名詞註解", "名词注释", "名詞註釋", "名词释义", "名詞釋義",
            "名词的解释", "名詞的解釋", "名词术语解释", "名詞術語解釋", "名词解释说明", "名詞解釋說明",
            "注释", "註釋", "注解", "註解", "释义", "釋義",
        };

        /// <summary>Whether the cleaned line is a section header.</summary>
        public static bool IsHeader(string text)
        {
            string compact = Compact(text);
            if (compact.Length == 0 || compact.Length > MaxHeaderLength || TextChars.IsDigit(compact[0]) || compact[0] == '[')
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

            foreach (string ending in Endings)
            {
                if (compact.EndsWith(ending, System.StringComparison.Ordinal))
                {
                    // "释义" and "注释" alone are headers; as the end of a longer line they must follow a
                    // title such as 《…》 or "附件2", not be the tail of some term.
                    return ending.Length > 2 || compact.Length == ending.Length || IsTitlePrefix(compact, compact.Length - ending.Length);
                }
            }

            return false;
        }

        /// <summary>Finds the header line: the last one, because a header can also appear in a table of contents.</summary>
        public static int FindHeaderLine(IReadOnlyList<CleanLine> lines)
        {
            for (int i = lines.Count - 1; i >= 0; i--)
            {
                if (IsHeader(lines[i].Text))
                {
                    return i;
                }
            }

            return -1;
        }

        private static bool IsTitlePrefix(string compact, int length)
            => length > 0 && (compact[length - 1] == '\u300B' || compact.StartsWith("\u9644\u4EF6", System.StringComparison.Ordinal));

        /// <summary>The text without spaces and without a trailing colon or parenthesized remark.</summary>
        private static string Compact(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                if (!TextChars.IsSpace(c))
                {
                    builder.Append(c);
                }
            }

            int end = builder.Length;
            while (end > 0 && TextChars.IsColon(builder[end - 1]))
            {
                end--;
            }

            builder.Length = end;
            string compact = builder.ToString();

            // "附件2 名词解释" / "附件2：名词解释": the attachment label is part of the header.
            if (compact.StartsWith("\u9644\u4EF6", System.StringComparison.Ordinal))
            {
                int i = 2;
                while (i < compact.Length && (TextChars.IsDigit(compact[i]) || IsChineseNumeral(compact[i])))
                {
                    i++;
                }

                while (i < compact.Length && (TextChars.IsColon(compact[i]) || compact[i] == '\u3001' || compact[i] == '.' || compact[i] == '\uFF0E'))
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

        private static bool IsChineseNumeral(char c) => "一二三四五六七八九十".IndexOf(c) >= 0;
    }
}
