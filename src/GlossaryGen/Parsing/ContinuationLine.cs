namespace GlossaryGen.Parsing
{
    /// <summary>
    /// Recognizes lines that continue a definition whatever they look like: list items (<c>①…</c>,
    /// <c>一是…</c>) and clauses that open with a connective (<c>其中：…</c>, <c>包括：…</c>).
    /// </summary>
    internal static class ContinuationLine
    {
        private static readonly string[] Openings =
        {
            "其中", "包括", "主要包括", "具体包括", "具体为", "具体是", "主要有", "分别是", "分别为", "即", "注：", "注:", "备注",
            "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是",
        };

        public static bool IsContinuation(string text)
        {
            if (text.Length == 0)
            {
                return false;
            }

            if (TextChars.IsListItemMark(text[0]))
            {
                return true;
            }

            foreach (string opening in Openings)
            {
                if (text.StartsWith(opening, System.StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
