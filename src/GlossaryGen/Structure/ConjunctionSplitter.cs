using System.Collections.Generic;

namespace GlossaryGen.Structure
{
    /// <summary>
    /// Finds the conjunctions 以及 / 及 / 和 / 与 that may join the last items of a Chinese list
    /// (资源利用上线和生态环境准入清单). Whether they really separate items is decided by the caller,
    /// with the count in the term as evidence: 招商引资和产业发展 is one item when the count says so.
    /// </summary>
    internal static class ConjunctionSplitter
    {
        // Words in which 和 / 及 / 与 are not conjunctions.
        private static readonly string[] NotConjunctions =
        {
            "和美", "和谐", "和平", "和睦", "和合", "中和", "总和", "温和", "缓和", "平和", "调和", "随和", "附和", "共和",
            "及时", "及早", "及格", "普及", "涉及", "危及", "波及", "顾及", "触及", "企及", "提及", "以及",
            "与时", "参与", "给与", "赋与", "授与", "与会",
        };

        /// <summary>Splits at every top-level conjunction whose both sides are at least two characters long.</summary>
        public static List<string> SplitAll(string item)
        {
            var pieces = new List<string>();
            int pieceStart = 0;
            foreach (Conjunction conjunction in FindAll(item))
            {
                if (conjunction.At - pieceStart < 2 || conjunction.At < pieceStart)
                {
                    continue;
                }

                pieces.Add(item.Substring(pieceStart, conjunction.At - pieceStart).Trim());
                pieceStart = conjunction.At + conjunction.Length;
            }

            pieces.Add(item.Substring(pieceStart).Trim());
            return pieces;
        }

        /// <summary>Splits once, at the last top-level conjunction; returns null when there is none.</summary>
        public static string[]? SplitLast(string item)
        {
            List<Conjunction> all = FindAll(item);
            if (all.Count == 0)
            {
                return null;
            }

            Conjunction last = all[all.Count - 1];
            return new[] { item.Substring(0, last.At).Trim(), item.Substring(last.At + last.Length).Trim() };
        }

        private static List<Conjunction> FindAll(string text)
        {
            var found = new List<Conjunction>();
            var brackets = new Brackets();
            for (int i = 0; i < text.Length; i++)
            {
                if (brackets.Feed(text[i]) || !brackets.AtTopLevel)
                {
                    continue;
                }

                int length = ConjunctionLengthAt(text, i);
                if (length > 0 && i >= 2 && text.Length - (i + length) >= 2)
                {
                    found.Add(new Conjunction(i, length));
                    i += length - 1;
                }
            }

            return found;
        }

        private readonly struct Conjunction
        {
            public Conjunction(int at, int length)
            {
                At = at;
                Length = length;
            }

            public int At { get; }

            public int Length { get; }
        }

        private static int ConjunctionLengthAt(string text, int i)
        {
            char c = text[i];
            if (c == '以' && i + 1 < text.Length && text[i + 1] == '及')
            {
                return 2;
            }

            if (c != '和' && c != '及' && c != '与')
            {
                return 0;
            }

            foreach (string word in NotConjunctions)
            {
                int conjunctionIndex = word.IndexOf(c);
                if (conjunctionIndex < 0)
                {
                    continue;
                }

                int wordStart = i - conjunctionIndex;
                if (wordStart >= 0 && wordStart + word.Length <= text.Length && string.CompareOrdinal(text, wordStart, word, 0, word.Length) == 0)
                {
                    return 0;
                }
            }

            return 1;
        }
    }
}
