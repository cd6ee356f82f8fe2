using System.Collections.Generic;
using System.Text;

namespace GlossaryGen.Structure
{
    /// <summary>
    /// Splits text at separators that stand at the top level, never inside “” ‘’ "" （） () 【】 《》.
    /// </summary>
    internal static class TopLevelSplitter
    {
        public const string ClauseSeparators = "；;。";
        public const string PhraseSeparators = "，,";
        public const string ListSeparators = "、";
        public const string AllSeparators = "；;。，,、";

        private static readonly string[] SeparatorLevels = { ClauseSeparators, PhraseSeparators, ListSeparators };

        // The sets callers pass, as the arrays IndexOfAny takes; any other set is converted when it is used.
        private static readonly string[] KnownSets = { AllSeparators, ClauseSeparators, PhraseSeparators, ListSeparators, ClauseSeparators + PhraseSeparators };
        private static readonly char[][] KnownSetChars = { AllSeparators.ToCharArray(), ClauseSeparators.ToCharArray(), PhraseSeparators.ToCharArray(), ListSeparators.ToCharArray(), (ClauseSeparators + PhraseSeparators).ToCharArray() };

        /// <summary>The trimmed, non-empty pieces between top-level separators.</summary>
        public static List<string> Split(string text, string separators)
        {
            var pieces = new List<string>();
            if (Brackets.AllTopLevel(text))
            {
                char[] anyOf = CharsOf(separators);
                int from = 0;
                for (int at = text.IndexOfAny(anyOf); at >= 0; at = text.IndexOfAny(anyOf, from))
                {
                    AddPiece(pieces, text, from, at);
                    from = at + 1;
                }

                AddPiece(pieces, text, from, text.Length);
                return pieces;
            }

            var brackets = new Brackets();
            int start = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (brackets.Feed(c))
                {
                    continue;
                }

                if (brackets.AtTopLevel && separators.IndexOf(c) >= 0)
                {
                    AddPiece(pieces, text, start, i);
                    start = i + 1;
                }
            }

            AddPiece(pieces, text, start, text.Length);
            return pieces;
        }

        /// <summary>True when one of <paramref name="separators"/> occurs at the top level.</summary>
        public static bool HasTopLevel(string text, string separators)
        {
            if (Brackets.AllTopLevel(text))
            {
                return text.IndexOfAny(CharsOf(separators)) >= 0;
            }

            var brackets = new Brackets();
            foreach (char c in text)
            {
                if (!brackets.Feed(c) && brackets.AtTopLevel && separators.IndexOf(c) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>How many of the three separator kinds (；。 / ， / 、) occur at the top level.</summary>
        public static int SeparatorKinds(string text)
        {
            if (Brackets.AllTopLevel(text))
            {
                int found = 0;
                foreach (string separators in SeparatorLevels)
                {
                    found += text.IndexOfAny(CharsOf(separators)) >= 0 ? 1 : 0;
                }

                return found;
            }

            // One pass for the three kinds rather than one per kind.
            bool[] seen = new bool[SeparatorLevels.Length];
            var brackets = new Brackets();
            foreach (char c in text)
            {
                if (brackets.Feed(c) || !brackets.AtTopLevel)
                {
                    continue;
                }

                for (int level = 0; level < SeparatorLevels.Length; level++)
                {
                    seen[level] |= SeparatorLevels[level].IndexOf(c) >= 0;
                }
            }

            int kinds = 0;
            foreach (bool any in seen)
            {
                kinds += any ? 1 : 0;
            }

            return kinds;
        }

        /// <summary>The index of the last top-level occurrence of any of <paramref name="chars"/>, or -1.</summary>
        public static int LastTopLevelIndexOf(string text, string chars)
        {
            if (Brackets.AllTopLevel(text))
            {
                return text.LastIndexOfAny(CharsOf(chars));
            }

            var brackets = new Brackets();
            int found = -1;
            for (int i = 0; i < text.Length; i++)
            {
                if (!brackets.Feed(text[i]) && brackets.AtTopLevel && chars.IndexOf(text[i]) >= 0)
                {
                    found = i;
                }
            }

            return found;
        }

        /// <summary>
        /// The quoted spans “…” that stand at the top level, with their positions; <c>(start of the opening mark, inner text)</c>.
        /// </summary>
        public static List<QuotedSpan> TopLevelQuotes(string text) => TopLevelSpans(text, '“', '”');

        /// <summary>The top-level spans opened by <paramref name="opener"/> and closed by <paramref name="closer"/>.</summary>
        public static List<QuotedSpan> TopLevelSpans(string text, char opener, char closer)
        {
            var spans = new List<QuotedSpan>();
            if (text.IndexOf(opener) < 0)
            {
                // A span starts only at its opener.
                return spans;
            }

            var brackets = new Brackets();
            int openedAt = -1;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                bool wasTop = brackets.AtTopLevel;
                brackets.Feed(c);
                if (wasTop && c == opener && !brackets.AtTopLevel)
                {
                    openedAt = i;
                }
                else if (openedAt >= 0 && c == closer && brackets.AtTopLevel)
                {
                    spans.Add(new QuotedSpan(openedAt, i + 1, text.Substring(openedAt + 1, i - openedAt - 1)));
                    openedAt = -1;
                }
                else if (brackets.AtTopLevel)
                {
                    openedAt = -1;
                }
            }

            return spans;
        }

        private static void AddPiece(List<string> pieces, string text, int start, int end)
        {
            string piece = text.Substring(start, end - start).Trim();
            if (piece.Length > 0)
            {
                pieces.Add(piece);
            }
        }

        private static char[] CharsOf(string separators)
        {
            for (int i = 0; i < KnownSets.Length; i++)
            {
                if (ReferenceEquals(separators, KnownSets[i]))
                {
                    return KnownSetChars[i];
                }
            }

            return separators.ToCharArray();
        }

        internal static string Join(IEnumerable<string> parts, string separator)
        {
            var builder = new StringBuilder();
            foreach (string part in parts)
            {
                if (builder.Length > 0)
                {
                    builder.Append(separator);
                }

                builder.Append(part);
            }

            return builder.ToString();
        }
    }

    /// <summary>A top-level “…” span: where it starts and ends (exclusive) in its text, and what is inside.</summary>
    internal readonly struct QuotedSpan
    {
        public QuotedSpan(int start, int end, string inner)
        {
            Start = start;
            End = end;
            Inner = inner;
        }

        public int Start { get; }

        public int End { get; }

        public string Inner { get; }
    }
}
