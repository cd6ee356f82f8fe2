namespace GlossaryGen.Parsing
{
    /// <summary>
    /// Recognizes a page number left alone on its line by a PDF or Word conversion:
    /// <c>12</c>, <c>- 12 -</c>, <c>— 12 —</c>, <c>·12·</c>, <c>第12页</c>, <c>第 3 页 共 10 页</c>, <c>12/30</c>.
    /// </summary>
    internal static class PageNumber
    {
        private const int MaxPageDigits = 3;

        public static bool IsPageNumber(string text)
        {
            int i = 0;
            int end = text.Length;
            if (end == 0)
            {
                return false;
            }

            if (text[0] == '\u7B2C' && text[end - 1] == '\u9875')
            {
                // 第12页, 第 3 页 共 10 页
                int total = text.IndexOf('\u5171');
                return total > 0
                    ? IsPageOf(text, 0, total) && IsPageOf(text, total, end)
                    : IsNumber(text, 1, end - 1);
            }

            if (text[0] == '\u5171' && text[end - 1] == '\u9875')
            {
                // 共 10 页 第 3 页
                int page = text.IndexOf('\u7B2C');
                return page > 0 && IsPageOf(text, 0, page) && IsPageOf(text, page, end);
            }

            while (i < end && (IsDash(text[i]) || TextChars.IsSpace(text[i])))
            {
                i++;
            }

            while (end > i && (IsDash(text[end - 1]) || TextChars.IsSpace(text[end - 1])))
            {
                end--;
            }

            int slash = text.IndexOf('/', i);
            if (slash > i && slash < end)
            {
                return IsNumber(text, i, slash) && IsNumber(text, slash + 1, end);
            }

            return IsNumber(text, i, end);
        }

        /// <summary><c>第 3 页</c> or <c>共 10 页</c> between <paramref name="start"/> and <paramref name="end"/>, spaces around allowed.</summary>
        private static bool IsPageOf(string text, int start, int end)
        {
            while (end > start && TextChars.IsSpace(text[end - 1]))
            {
                end--;
            }

            return end - start >= 3 && text[end - 1] == '\u9875' && IsNumber(text, start + 1, end - 1);
        }

        private static bool IsNumber(string text, int start, int end)
        {
            while (start < end && TextChars.IsSpace(text[start]))
            {
                start++;
            }

            while (end > start && TextChars.IsSpace(text[end - 1]))
            {
                end--;
            }

            if (end - start < 1 || end - start > MaxPageDigits)
            {
                return false;
            }

            for (int i = start; i < end; i++)
            {
                if (!TextChars.IsDigit(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsDash(char c)
            => c == '-' || c == '\u2014' || c == '\u2013' || c == '\u2012' || c == '\uFF0D' || c == '\u00B7' || c == '\u2022' || c == '\u30FB';
    }
}
