namespace GlossaryGen.Parsing
{
    /// <summary>
    /// Labels that name a part of an entry rather than a term: a glossary that quotes the report before
    /// explaining (<c>报告原文：…</c> then <c>解释：…</c>) under each term line.
    /// </summary>
    internal static class EntryField
    {
        private static readonly string[] Labels =
        {
            "报告原文", "原文", "报告表述", "解释", "释义", "名词解释", "含义", "出处", "定义", "報告原文", "解釋", "釋義",
        };

        /// <summary>Whether <paramref name="heading"/> is such a label.</summary>
        public static bool IsLabel(string heading)
        {
            string trimmed = heading.Trim();
            foreach (string label in Labels)
            {
                if (trimmed == label)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the line opens with a label and a colon: <c>报告原文：…</c>.</summary>
        public static bool OpensWithLabel(string text)
        {
            foreach (string label in Labels)
            {
                if (text.Length > label.Length && text.StartsWith(label, System.StringComparison.Ordinal) && TextChars.IsColon(text[label.Length]))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
