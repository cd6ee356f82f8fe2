namespace GlossaryGen.Parsing
{
    /// <summary>
    /// Reads an entry number written in Chinese numerals, 一 to 九十九 (一, 十, 十二, 二十, 二十三), as in
    /// <c>一、</c> and <c>（十二）</c>. Counts inside terms are another matter (Structure/ChineseNumerals).
    /// </summary>
    internal static class ChineseOrdinal
    {
        private const string Digits = "一二三四五六七八九";
        private const char Ten = '十';

        public static bool IsDigit(char c) => Digits.IndexOf(c) >= 0 || c == Ten;

        /// <summary>The number of characters read at <paramref name="start"/>, 0 when no number is there.</summary>
        public static int Read(string text, int start, out int number)
        {
            number = 0;
            int i = start;
            int tens = 0;
            int units = 0;
            if (i < text.Length && Digits.IndexOf(text[i]) >= 0 && i + 1 < text.Length && text[i + 1] == Ten)
            {
                tens = Digits.IndexOf(text[i]) + 1;
                i += 2;
            }
            else if (i < text.Length && text[i] == Ten)
            {
                tens = 1;
                i++;
            }

            if (i < text.Length && Digits.IndexOf(text[i]) >= 0)
            {
                units = Digits.IndexOf(text[i]) + 1;
                i++;
            }

            if (i == start)
            {
                return 0;
            }

            number = (tens * 10) + units;
            return i - start;
        }
    }
}
