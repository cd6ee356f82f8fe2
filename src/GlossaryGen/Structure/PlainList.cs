using System.Collections.Generic;
using System.Linq;
using GlossaryGen.Parsing;

namespace GlossaryGen.Structure
{
    /// <summary>
    /// Whether a text is plainly a list and nothing else: the only evidence the count check trusts. Real definitions
    /// put lists inside sentences (在谢岗、大岭山、清溪、虎门港建立…), restate or qualify counts (等26项), nest lists in
    /// quotes (“智慧监管、信用监管、协同监管”三大工程) and join items with 和 or 暨; any of these could explain a difference
    /// between the term and the list, so a text that shows one is no evidence.
    /// </summary>
    internal static class PlainList
    {
        public const int MaxItemLength = 40;

        // 等 opens a list (稳就业、稳金融等); a colon introduces a sub-list; + and / join items into one.
        private static readonly char[] NotPlain = "等：:+＋/／".ToCharArray();

        // Characters that may join two items into one piece (产业转移和劳动力转移, 创新大会暨董事年会).
        private const string Joiners = "和及与暨并或同";

        // Words with which a clause starts when the list is part of a sentence (对A、B、C实行…, 把A与B结合起来).
        private static readonly string[] SentenceOpeners = { "对", "在", "把", "将", "按", "从", "由", "向", "让", "使", "为", "根据", "通过", "围绕", "依托" };

        // Words after a quoted label that introduce what it names (“1”即…, “两证”分别指…, “三车”是…).
        private static readonly string[] LabelFollowers = { "即", "指", "是", "为", "分别", "：", ":", "就是", "包括" };

        // Words that open a clause continuing a sentence, never an item of a list.
        private static readonly string[] Connectives = { "故", "因此", "从而", "所以", "其中", "并且", "以便", "旨在", "进而", "即" };

        // Items short enough to share a head or tail written only once (建好、管好、运营好农村公路).
        private const int MaxShortItemLength = 6;

        // Names listed without a shared head or tail are short (简阳市, 昆明动物园).
        private const int MaxNameLength = 16;

        private static readonly char[] AnySeparator = TopLevelSplitter.AllSeparators.ToCharArray();

        /// <summary>
        /// The pieces of <paramref name="text"/>, as printed, when it is one list: a single kind of separator, at least
        /// two pieces of 2 to 40 characters, none holding a number, a nested list or quotations back to back, and no
        /// 等, colon, + or /. Null otherwise.
        /// </summary>
        /// <param name="text">The text.</param>
        /// <param name="numbersAllowed">Whether items may hold numbers (千亿级产业): only a count check needs them absent.</param>
        public static List<string>? Read(string text, bool numbersAllowed = false)
        {
            string body = ItemText.TrimEdges(text);
            if (body.IndexOfAny(NotPlain) >= 0)
            {
                return null;
            }

            int separatorKinds = TopLevelSplitter.SeparatorKinds(body);
            if (separatorKinds == 0)
            {
                // 《始得西山宴游记》《钴鉧潭记》…: titles or quotations back to back are a list too.
                return ItemText.ExpandAdjacentQuotes(body);
            }

            if (separatorKinds != 1)
            {
                return null;
            }

            List<string> pieces = TopLevelSplitter.Split(body, TopLevelSplitter.AllSeparators);
            for (int i = 0; i < pieces.Count; i++)
            {
                pieces[i] = ItemText.TrimEdges(pieces[i]);
            }

            if (pieces.Count < 2 || (!numbersAllowed && ItemList.HasNumberInside(pieces)))
            {
                return null;
            }

            foreach (string piece in pieces)
            {
                if (piece.Length < 2 || piece.Length > MaxItemLength || piece.IndexOfAny(AnySeparator) >= 0 || ItemText.ExpandAdjacentQuotes(piece) != null
                    || QuotesACount(piece))
                {
                    return null;
                }
            }

            return pieces;
        }

        /// <summary>
        /// The pieces of a group's text (a clause or a labelled sub-list) when it is one plain list; a count written after
        /// it (应急、公安、城管、交通、卫健5个部门) is removed when it restates the group's own count, and makes the text no
        /// evidence when it says something else. The second value tells whether such a restating tail was found.
        /// </summary>
        public static (List<string>? Pieces, bool TailRestates) ReadGroup(string text, CountPart part)
        {
            string body = ItemText.TrimEdges(text);
            List<string> pieces = TopLevelSplitter.Split(body, TopLevelSplitter.AllSeparators);
            if (pieces.Count == 0)
            {
                return (null, false);
            }

            string last = pieces[pieces.Count - 1];
            ListTail? tail = ListTail.Find(last);
            if (tail == null)
            {
                return (Read(body), false);
            }

            if (tail.Value.Count != part.Count || last.IndexOf('等') >= 0)
            {
                return (null, false);
            }

            int at = body.LastIndexOf(last, System.StringComparison.Ordinal);
            return (Read(body.Substring(0, at) + tail.Value.Item), true);
        }

        /// <summary>
        /// Whether joining words inside the pieces could make up the items that are missing. When the items are alike, a
        /// joining word counts only where both halves keep the likeness: 社区服务提升行动和平安社区创建行动 may be two
        /// 行动, 城市更新和老旧小区改造提升工程 cannot be two 工程.
        /// </summary>
        public static bool JoinersCouldExplain(List<string> pieces, int announced, CountPart? part)
        {
            if (pieces.Count >= announced)
            {
                return false;
            }

            List<string> items = Items(pieces);
            Likeness likeness = LikenessOf(items, part);
            int joiners = 0;
            foreach (string piece in items)
            {
                for (int i = 2; i < piece.Length - 2; i++)
                {
                    int leftEnd = piece[i] == '及' && piece[i - 1] == '以' ? i - 1 : i;
                    if (Joiners.IndexOf(piece[i]) >= 0 && likeness.Keeps(piece.Substring(0, leftEnd), piece.Substring(i + 1)))
                    {
                        joiners++;
                    }
                }
            }

            return pieces.Count + joiners >= announced;
        }

        /// <summary>
        /// Whether the pieces read as items of one list: all start or all end with the same character (零门槛…零容忍,
        /// …工程), all hold a quotation, all carry what the term counts; or, for a 、 list, short items of similar length
        /// (简阳市、都江堰市、彭州市), as names are.
        /// </summary>
        public static bool AreAlike(List<string> pieces, CountPart? part, string body) => AreAlike(pieces, part, body, MaxNameLength);

        /// <param name="pieces">The pieces of the list.</param>
        /// <param name="part">What the term counts, if it counts one thing.</param>
        /// <param name="body">The text the pieces come from.</param>
        /// <param name="maxNameLength">How long items without a shared head or tail may be and still pass for names.</param>
        public static bool AreAlike(List<string> pieces, CountPart? part, string body, int maxNameLength)
        {
            List<string> items = Items(pieces);
            if (LikenessOf(items, part).Kind != LikenessKind.None)
            {
                return true;
            }

            // The pieces of a list: never empty.
            int shortest = items[0].Length;
            int longest = items[0].Length;
            foreach (string item in items)
            {
                shortest = System.Math.Min(shortest, item.Length);
                longest = System.Math.Max(longest, item.Length);
            }

            return !TopLevelSplitter.HasTopLevel(body, TopLevelSplitter.ClauseSeparators + TopLevelSplitter.PhraseSeparators)
                && longest <= maxNameLength && longest <= 3 * shortest;
        }

        /// <summary>What the <paramref name="items"/> (the <see cref="Items"/> of a list's pieces) have in common.</summary>
        private static Likeness LikenessOf(List<string> items, CountPart? part)
        {
            if (items.Count < 2 || items.Exists(item => item.Length == 0))
            {
                return default;
            }

            // Two items share a first or last character too easily for that to mean anything.
            if (items.Count < 3)
            {
                return OtherLikeness(items, part);
            }

            // Short items may share a tail or head written once (建好、管好、运营好农村公路; 推动文化进机关、进企业).
            string firstItem = items[0];
            string lastItem = items[items.Count - 1];
            char first = lastItem[0];
            char last = firstItem[firstItem.Length - 1];
            bool othersShortBeforeLast = true;
            bool othersEndWithLast = true;
            bool othersShortAfterFirst = true;
            bool othersStartWithFirst = true;
            for (int i = 0; i < items.Count; i++)
            {
                string item = items[i];
                if (i < items.Count - 1)
                {
                    othersShortBeforeLast &= item.Length <= MaxShortItemLength;
                    othersEndWithLast &= item[item.Length - 1] == last;
                }

                if (i > 0)
                {
                    othersShortAfterFirst &= item.Length <= MaxShortItemLength;
                    othersStartWithFirst &= item[0] == first;
                }
            }

            bool lastWritesTail = othersShortBeforeLast && lastItem.IndexOf(last) >= 0;
            bool firstWritesHead = othersShortAfterFirst && firstItem.IndexOf(first) >= 0;
            if (othersEndWithLast && (lastWritesTail || lastItem[lastItem.Length - 1] == last))
            {
                return new Likeness(LikenessKind.LastChar, last);
            }

            if (othersStartWithFirst && (firstWritesHead || firstItem[0] == first))
            {
                return new Likeness(LikenessKind.FirstChar, first);
            }

            return OtherLikeness(items, part);
        }

        /// <summary>
        /// Whether reading conjunctions as separators (<paramref name="split"/>) keeps the items of <paramref name="pieces"/>
        /// alike: 城市亲和力强化行动 is not 城市亲 and 力强化行动, because every other item ends in 行动.
        /// </summary>
        public static bool SplitKeepsLikeness(List<string> pieces, List<string> split)
        {
            if (split.Count == pieces.Count)
            {
                return true;
            }

            // Only a likeness every piece shows as printed constrains a split; one seen through a tail or head written
            // once (…享乐主义和奢靡之风) is exactly where the joined items are.
            List<string> printed = Items(pieces);
            Likeness likeness = LikenessOf(printed, null);
            bool strict = likeness.Kind == LikenessKind.LastChar ? printed.TrueForAll(item => item[item.Length - 1] == likeness.Shared)
                : likeness.Kind == LikenessKind.FirstChar && printed.TrueForAll(item => item[0] == likeness.Shared);
            if (!strict)
            {
                return true;
            }

            Likeness after = LikenessOf(Items(split), null);
            return after.Kind == likeness.Kind && after.Shared == likeness.Shared;
        }

        /// <summary>
        /// Whether more pieces than announced are explained by the words around the counted ones: exactly the announced
        /// number mention the label (三无小区: 无… ×3 then 安置小区, 倒闭企业小区), or the first piece opens a sentence
        /// the list is part of (对广东美术馆、…).
        /// </summary>
        public static bool SurroundingWordsCouldExplain(List<string> pieces, CountPart? part) => SurroundingWordsCouldExplain(pieces, Items(pieces), part);

        private static bool SurroundingWordsCouldExplain(List<string> pieces, List<string> items, CountPart? part)
        {
            // Items alike in head or tail (由…转变 ×9) are a list even when their first word could open a sentence.
            if (items.Count > 1 && items[0].Length > 0 && PhraseList.StartsWithAny(items[0], SentenceOpeners))
            {
                LikenessKind likeness = LikenessOf(items, null).Kind;
                if (likeness != LikenessKind.LastChar && likeness != LikenessKind.FirstChar)
                {
                    return true;
                }
            }

            if (part == null || !part.Count.HasValue || pieces.Count <= part.Count.Value || part.Label.Length == 0)
            {
                return false;
            }

            int mentioning = 0;
            foreach (string item in items)
            {
                if (LabelMatcher.Mentions(item, part.Label))
                {
                    mentioning++;
                }
            }

            return mentioning == part.Count.Value;
        }

        /// <summary>
        /// Whether the pieces are the clauses of a sentence rather than items: the first opens the sentence the list is
        /// part of (对…, 在…), a later one opens with a connective (故称为…, 从而…, 其中…), or one is a label (“两个确保”).
        /// </summary>
        public static bool ReadsAsSentence(List<string> pieces)
        {
            List<string> items = Items(pieces);
            if (SurroundingWordsCouldExplain(pieces, items, null))
            {
                return true;
            }

            for (int i = 1; i < items.Count; i++)
            {
                if (PhraseList.StartsWithAny(items[i], Connectives))
                {
                    return true;
                }
            }

            return pieces.Exists(QuotesACount);
        }

        /// <summary>The pieces as items: cleaned, the first without its lead-in word or a preamble before the shared head.</summary>
        private static List<string> Items(List<string> pieces)
        {
            var items = new List<string>(pieces.Count);
            foreach (string piece in pieces)
            {
                items.Add(ItemText.Clean(piece));
            }

            if (items.Count > 0)
            {
                items[0] = ItemText.StripLeadIn(items[0]);
                ItemText.TrimPreambleBySharedHead(items);
            }

            return items;
        }

        /// <summary>Items that all hold a quotation or all carry the whole label of what the term counts.</summary>
        private static Likeness OtherLikeness(List<string> items, CountPart? part)
            => items.TrueForAll(item => item.IndexOf('“') >= 0 && item.IndexOf('”') > item.IndexOf('“'))
               || (part != null && part.Label.Length > 0 && items.TrueForAll(item => item.IndexOf(part.Label, System.StringComparison.Ordinal) >= 0))
                ? new Likeness(LikenessKind.Other, '\0')
                : default;

        /// <summary>
        /// “三区”即…: a piece opening with a quotation that holds a number names a counted group; it is a label, not an
        /// item. A quotation further in (根据省打好“发展六仗”部署…) only mentions the term.
        /// </summary>
        private static bool QuotesACount(string piece)
        {
            if (piece.Length == 0 || piece[0] != '“')
            {
                // The quotation must open the piece.
                return false;
            }

            List<QuotedSpan> quotes = TopLevelSplitter.TopLevelQuotes(piece);
            if (quotes.Count == 0 || quotes[0].Start != 0 || !quotes[0].Inner.Any(c => (c >= '0' && c <= '9') || ChineseNumerals.IsNumeralChar(c)))
            {
                return false;
            }

            // A label stands alone or introduces what it names (“双提升”指…); “春城一家亲”乡村文化走亲工程 is a name in an item.
            string rest = piece.Substring(quotes[0].End).TrimStart();
            return rest.Length == 0 || LabelFollowers.Any(word => rest.StartsWith(word, System.StringComparison.Ordinal));
        }

        private enum LikenessKind
        {
            None,
            FirstChar,
            LastChar,
            Other,
        }

        /// <summary>What the items of a list have in common.</summary>
        private readonly struct Likeness
        {
            public Likeness(LikenessKind kind, char shared)
            {
                Kind = kind;
                Shared = shared;
            }

            public LikenessKind Kind { get; }

            public char Shared { get; }

            /// <summary>Whether splitting an item into these halves gives two items of the same kind.</summary>
            public bool Keeps(string left, string right)
                => Kind == LikenessKind.LastChar ? left.Length > 0 && left[left.Length - 1] == Shared
                    : Kind == LikenessKind.FirstChar ? right.Length > 0 && right[0] == Shared
                    : true;
        }
    }
}
