using System;
using System.Text;

namespace GlossaryGen.Corpus
{
    /// <summary>
    /// A deliberately broad, independent guess at "this line looks like a glossary header", used only to
    /// find reports the generator reads as empty and entries taken from before such a line. It is not the
    /// generator's rule: it exists to catch where that rule is too narrow.
    /// </summary>
    internal static class HeaderLikeLine
    {
        private const int MaxCompactLength = 40;

        private static readonly string[] Words =
        {
            "名词解释", "名詞解釋", "名词注解", "名詞註解", "名词注释", "名詞註釋", "名词释义", "名詞釋義",
            "有关名词", "有關名詞", "名词的解释", "名詞的解釋", "名词术语", "名詞術語",
        };

        private static readonly string[] ShortWords = { "注释", "註釋", "注解", "註解", "释义", "釋義" };

        public static bool Matches(string line)
        {
            if (line.Length > 200)
            {
                return false;
            }

            // A note in brackets after the words may hold any punctuation: 名词解释（按音序排列。首字为数字的…）
            string compact = Compact(WithoutBracketNote(line));
            if (compact.Length == 0 || compact.Length > MaxCompactLength || compact.IndexOfAny(new[] { '。', '，', '；', '？', '！' }) >= 0)
            {
                return false;
            }

            foreach (string word in Words)
            {
                if (compact.Contains(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            // 注释 alone (statistics bulletins), or after a short title: "附件：注释", "《…》注释".
            foreach (string word in ShortWords)
            {
                if (compact.EndsWith(word, StringComparison.Ordinal) && compact.Length <= word.Length + 12)
                {
                    return true;
                }
            }

            return false;
        }

        private static string WithoutBracketNote(string line)
        {
            int open = line.IndexOfAny(new[] { '（', '(' });
            return open > 0 ? line.Substring(0, open) : line;
        }

        /// <summary>The line without spaces and markup, so decoration does not hide the words.</summary>
        private static string Compact(string line)
        {
            var builder = new StringBuilder(line.Length);
            foreach (char c in line)
            {
                if (!char.IsWhiteSpace(c) && "*#>-_<!【】[]:：".IndexOf(c) < 0)
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }
    }
}
