namespace GlossaryGen.Structure
{
    /// <summary>
    /// Reads the Chinese numerals that announce counts (一 … 九十九). Larger values and bare magnitudes
    /// (百, 千, 万: 百千工程, 光耀万家) are quantities, not counts; runs such as 八五 or 十四五 are ordinals.
    /// 零 is deliberately not a numeral: in 六零 it is what is counted.
    /// </summary>
    internal static class ChineseNumerals
    {
        public static bool IsNumeralChar(char c) => DigitValue(c) > 0 || c == '十' || IsMagnitude(c);

        public static bool IsMagnitude(char c) => c == '百' || c == '千' || c == '万' || c == '亿';

        public static int DigitValue(char c)
        {
            switch (c)
            {
                case '一': return 1;
                case '二': case '两': case '双': return 2;
                case '三': return 3;
                case '四': return 4;
                case '五': return 5;
                case '六': return 6;
                case '七': return 7;
                case '八': return 8;
                case '九': return 9;
                default: return 0;
            }
        }

        /// <summary>The value of a run such as 三, 十, 十二, 二十, 二十三; null for magnitudes, ordinals and other malformed runs.</summary>
        public static int? ParseCount(string run)
        {
            if (run.Length == 0 || run.Length > 3)
            {
                return null;
            }

            foreach (char c in run)
            {
                if (IsMagnitude(c))
                {
                    return null;
                }
            }

            // 双 and 两 stand alone (双减, 两会); inside a longer number they are not how counts are written.
            if (run.Length > 1 && (run.IndexOf('双') >= 0 || run.IndexOf('两') >= 0))
            {
                return null;
            }

            int ten = run.IndexOf('十');
            if (ten < 0)
            {
                return run.Length == 1 && DigitValue(run[0]) > 0 ? DigitValue(run[0]) : (int?)null;
            }

            if (run.IndexOf('十', ten + 1) >= 0)
            {
                return null;
            }

            string before = run.Substring(0, ten);
            string after = run.Substring(ten + 1);
            if (before.Length > 1 || after.Length > 1)
            {
                return null;
            }

            int tens = before.Length == 0 ? 1 : DigitValue(before[0]);
            int ones = after.Length == 0 ? 0 : DigitValue(after[0]);
            if (tens == 0 || (after.Length == 1 && ones == 0) || (before.Length == 1 && tens == 1))
            {
                return null;
            }

            return (tens * 10) + ones;
        }
    }
}
