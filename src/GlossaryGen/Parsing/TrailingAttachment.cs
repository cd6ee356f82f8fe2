namespace GlossaryGen.Parsing
{
    /// <summary>
    /// Recognizes what reports attach after the glossary: another attachment (<c>附件3</c>), a list of
    /// 民生实事 whose items carry <c>牵头单位：</c> lines, and tables.
    /// </summary>
    internal static class TrailingAttachment
    {
        private const int MaxTitleLength = 40;

        private static readonly string[] UnitLabels =
        {
            "牵头单位", "责任单位", "牵头部门", "责任部门", "配合单位", "配合部门", "实施单位", "完成时限",
        };

        /// <summary>
        /// A title that opens an attachment: <c>附件3</c>, <c>附表</c>, <c>附：</c> alone, <c>附件：2024年民生实事项目</c>,
        /// <c>2024年十件民生实事</c>, <c>2011年市政府十件实事</c>. A 实事 title names a year or a count
        /// (<c>十件</c>, <c>10项</c>), so a term such as <c>民生实事</c> alone on its line stays a term.
        /// </summary>
        public static bool IsAttachmentTitle(string text)
        {
            if (text.Length > MaxTitleLength)
            {
                return false;
            }

            if (text.StartsWith("附件", System.StringComparison.Ordinal) || text.StartsWith("附表", System.StringComparison.Ordinal))
            {
                return true;
            }

            if (text.Length == 2 && text[0] == '附' && TextChars.IsColon(text[1]))
            {
                return true;
            }

            if (IsNextPart(text))
            {
                return true;
            }

            if (text.IndexOf("民生实事", System.StringComparison.Ordinal) >= 0 && !HasClausePunctuation(text))
            {
                return true;
            }

            return text.IndexOf("实事", System.StringComparison.Ordinal) >= 0 && !HasClausePunctuation(text) && NamesYearOrCount(text);
        }

        /// <summary>
        /// <c>第四部分 附件</c>, <c>第四部分：其他重要事项的情况说明</c>: the next part of a budget disclosure. A
        /// glossary is the last part its header names, so a later part title ends it.
        /// </summary>
        private static bool IsNextPart(string text)
        {
            if (text.Length < 4 || text[0] != '第' || HasClausePunctuation(text.Substring(0, 4)))
            {
                return false;
            }

            int i = 1;
            while (i < text.Length && (TextChars.IsDigit(text[i]) || ChineseOrdinal.IsDigit(text[i])))
            {
                i++;
            }

            return i > 1 && i < text.Length && ((text[i] == '部' && i + 1 < text.Length && text[i + 1] == '分') || text[i] == '章');
        }

        private static bool NamesYearOrCount(string text)
        {
            foreach (char c in text)
            {
                if (TextChars.IsDigit(c) || c == '件' || c == '项' || c == '年')
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A <c>牵头单位：…</c> line, which belongs to a list of projects, never to a definition.</summary>
        public static bool IsUnitLine(string text)
        {
            foreach (string label in UnitLabels)
            {
                if (text.StartsWith(label, System.StringComparison.Ordinal)
                    && text.Length > label.Length
                    && TextChars.IsColon(text[label.Length]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A row of a table as conversions write it: markdown pipes, or cells separated by tabs.</summary>
        public static bool IsTableRow(string text)
        {
            if (text.Length >= 2 && text[0] == '|' && text[text.Length - 1] == '|')
            {
                return true;
            }

            int tabs = 0;
            foreach (char c in text)
            {
                if (c == '\t')
                {
                    tabs++;
                }
            }

            return tabs >= 2;
        }

        private static bool HasClausePunctuation(string text)
        {
            foreach (char c in text)
            {
                if (TextChars.IsClausePunctuation(c) || TextChars.IsColon(c))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
