using System.Linq;

namespace GlossaryGen.Structure
{
    /// <summary>
    /// A count written after a sub-list, naming it: 现代石化、…、轻工纺织<b>4大传统产业</b>; 笋竹<b>等4大主导产业</b>;
    /// 艾草和休闲食品<b>等N个特色产业</b>. The tail names the group; the item before it is the last item.
    /// </summary>
    internal readonly struct ListTail
    {
        private const string Measures = "大个项类种条张家支";
        private const int MaxLabelLength = 15;

        private ListTail(string item, string label, int? count)
        {
            Item = item;
            Label = label;
            Count = count;
        }

        /// <summary>The number in the tail; null for N or X.</summary>
        public int? Count { get; }

        /// <summary>The last item with the tail removed.</summary>
        public string Item { get; }

        /// <summary>What the tail calls the group (传统产业).</summary>
        public string Label { get; }

        public static ListTail? Find(string lastPiece)
        {
            // Look for the last number that is followed by a measure word and a short name, with no brackets after it.
            for (int at = lastPiece.Length - 3; at >= 1; at--)
            {
                int numberEnd = NumberEndAt(lastPiece, at);
                if (numberEnd < 0 || (at > 0 && IsNumberChar(lastPiece[at - 1])) || numberEnd >= lastPiece.Length || Measures.IndexOf(lastPiece[numberEnd]) < 0)
                {
                    continue;
                }

                string label = lastPiece.Substring(numberEnd + 1);
                if (label.Length < 2 || label.Length > MaxLabelLength || HasBracketOrNumber(label))
                {
                    return null;
                }

                string item = lastPiece.Substring(0, at);
                if (item.EndsWith("等", System.StringComparison.Ordinal))
                {
                    item = item.Substring(0, item.Length - 1);
                }

                item = item.Trim();
                return item.Length == 0 ? (ListTail?)null : new ListTail(item, label, CountOf(lastPiece.Substring(at, numberEnd - at)));
            }

            return null;
        }

        private static int? CountOf(string number)
        {
            if (number.Length <= 3 && number.All(c => c >= '0' && c <= '9'))
            {
                return int.Parse(number, System.Globalization.CultureInfo.InvariantCulture);
            }

            return ChineseNumerals.ParseCount(number);
        }

        private static int NumberEndAt(string text, int at)
        {
            if (!IsNumberChar(text[at]))
            {
                return -1;
            }

            int end = at;
            while (end < text.Length && IsNumberChar(text[end]))
            {
                end++;
            }

            return end;
        }

        private static bool IsNumberChar(char c)
            => (c >= '0' && c <= '9') || c == 'N' || c == 'X' || (ChineseNumerals.IsNumeralChar(c) && !ChineseNumerals.IsMagnitude(c));

        private static bool HasBracketOrNumber(string text)
        {
            foreach (char c in text)
            {
                if (Brackets.IsOpener(c) || (c >= '0' && c <= '9'))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
