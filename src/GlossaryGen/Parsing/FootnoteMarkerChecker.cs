using System.Collections.Generic;
using System.Globalization;
using System.Text;
using GlossaryGen.Diagnostics;
using GlossaryGen.Model;

namespace GlossaryGen.Parsing
{
    /// <summary>
    /// Checks the footnote markers of a report body (<c>“六零”[19]</c>) against its numbered glossary: a
    /// marker without an entry (GG0105), a marker after text that is not the entry's heading (GG0106), an
    /// entry no marker refers to (GG0107). A body without any marker does not use footnotes and is not checked.
    /// A marker may also point at a note of the section that has no term (<c>［1］本报告所列统计数据为预计数…</c>).
    /// </summary>
    internal static class FootnoteMarkerChecker
    {
        /// <summary>Markers have at most three digits, so years such as [2024] are never taken for markers.</summary>
        private const int MaxMarkerDigits = 3;

        /// <summary>Marks a report may print between or inside the words of a heading, or leave out.</summary>
        private const string IgnoredMarks = "、，,-‐‑–—―－·・•.．_＿";

        /// <summary>How many consecutive characters a text must share with a heading to be taken as wording it.</summary>
        private const int MinSharedWording = 2;

        /// <summary>How much text before a marker is quoted in a message, beyond the length of the heading.</summary>
        private const int QuotedContext = 4;

        public static void Check(string text, List<SourceLine> bodyLines, IReadOnlyList<ParsedEntry> entries, ICollection<int> noteNumbers, DiagnosticSink diagnostics, System.Threading.CancellationToken cancellationToken)
        {
            var byNumber = new Dictionary<int, ParsedEntry>();
            foreach (ParsedEntry entry in entries)
            {
                if (entry.Number.HasValue && !byNumber.ContainsKey(entry.Number.Value))
                {
                    byNumber.Add(entry.Number.Value, entry);
                }
            }

            if (byNumber.Count == 0)
            {
                return;
            }

            var referenced = new HashSet<int>();
            bool anyMarker = false;
            foreach (SourceLine line in bodyLines)
            {
                cancellationToken.ThrowIfCancellationRequested();
                string lineText = line.GetText(text);
                int i = 0;
                while (i < lineText.Length)
                {
                    int length = MarkerLength(lineText, i, out int number);
                    if (length == 0)
                    {
                        i++;
                        continue;
                    }

                    anyMarker = true;
                    TextRange range = line.RangeOf(i, i + length);
                    if (!noteNumbers.Contains(number))
                    {
                        CheckMarker(lineText, i, number, range, byNumber, referenced, diagnostics);
                    }

                    i += length;
                }
            }

            if (!anyMarker)
            {
                return;
            }

            foreach (ParsedEntry entry in entries)
            {
                if (entry.Number.HasValue && !referenced.Contains(entry.Number.Value))
                {
                    diagnostics.Report(
                        DiagnosticIds.EntryNeverReferenced,
                        entry.HeadingRange,
                        entry.Number.Value.ToString(CultureInfo.InvariantCulture),
                        DisplayText.Quote(entry.Heading));
                }
            }
        }

        private static void CheckMarker(string lineText, int markerStart, int number, TextRange range, Dictionary<int, ParsedEntry> byNumber, HashSet<int> referenced, DiagnosticSink diagnostics)
        {
            string numberText = number.ToString(CultureInfo.InvariantCulture);
            int before = StartOfMarkerRun(lineText, markerStart);
            if (!byNumber.TryGetValue(number, out ParsedEntry? entry))
            {
                diagnostics.Report(DiagnosticIds.MarkerWithoutEntry, range, numberText, DisplayText.Quote(Tail(lineText, before, 8 + QuotedContext)));
                return;
            }

            referenced.Add(number);
            string precedingTerm = Compact(Tail(lineText, before, entry.Heading.Length + QuotedContext + 8));
            if (!PointsElsewhere(precedingTerm, entry, byNumber.Values))
            {
                return;
            }

            diagnostics.Report(
                DiagnosticIds.MarkerTextMismatch,
                range,
                numberText,
                DisplayText.Quote(entry.Heading),
                DisplayText.Quote(Tail(lineText, before, entry.Heading.Length + QuotedContext)));
        }

        /// <summary>
        /// Whether a marker really points at the wrong entry: the text before it names another entry, or shares no
        /// wording with this one. Reports word their terms loosely (有5项没有达标 for 未达标指标5项, 推动…等九大工程 for
        /// 医疗健康产业九大工程), so a text that merely differs from the heading is no evidence.
        /// </summary>
        private static bool PointsElsewhere(string preceding, ParsedEntry entry, IEnumerable<ParsedEntry> entries)
        {
            if (EndsWithName(preceding, entry) || ContainsCore(preceding, entry))
            {
                return false;
            }

            foreach (ParsedEntry other in entries)
            {
                if (!ReferenceEquals(other, entry) && EndsWithName(preceding, other))
                {
                    return true;
                }
            }

            return !SharesWording(preceding, Compact(entry.Heading));
        }

        /// <summary>高等教育形成“1+2+X”总体布局[24] for “1+2+X”高等教育总体布局: the entry's quoted core is in the text.</summary>
        private static bool ContainsCore(string preceding, ParsedEntry entry)
        {
            foreach (string core in entry.Cores)
            {
                string compactCore = Compact(core);
                if (compactCore.Length >= MinSharedWording && preceding.IndexOf(compactCore, System.StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the two texts have two consecutive characters in common (达标, 9项, 工程).</summary>
        private static bool SharesWording(string preceding, string heading)
        {
            for (int i = 0; i + MinSharedWording <= heading.Length; i++)
            {
                if (preceding.IndexOf(heading.Substring(i, MinSharedWording), System.StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool EndsWithName(string preceding, ParsedEntry entry)
        {
            string term = Compact(entry.Term);
            if (term.Length > 0 && preceding.EndsWith(term, System.StringComparison.Ordinal))
            {
                return true;
            }

            foreach (string core in entry.Cores)
            {
                string compactCore = Compact(core);
                if (compactCore.Length > 0 && preceding.EndsWith(compactCore, System.StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Markers can follow one another (<c>“六零”[18][19]</c>): each refers to the text before the first.</summary>
        private static int StartOfMarkerRun(string lineText, int markerStart)
        {
            int start = markerStart;
            while (start > 0 && (lineText[start - 1] == ']' || lineText[start - 1] == '\uFF3D'))
            {
                int open = start - 2;
                while (open >= 0 && TextChars.IsDigit(lineText[open]))
                {
                    open--;
                }

                if (open < 0 || (lineText[open] != '[' && lineText[open] != '\uFF3B') || MarkerLength(lineText, open, out _) != start - open)
                {
                    break;
                }

                start = open;
            }

            return start;
        }

        /// <summary>The length of the marker <c>[n]</c> or <c>［n］</c> at <paramref name="start"/>, or 0.</summary>
        private static int MarkerLength(string lineText, int start, out int number)
        {
            number = 0;
            char open = lineText[start];
            if (open != '[' && open != '\uFF3B')
            {
                return 0;
            }

            int i = start + 1;
            while (i < lineText.Length && i - start - 1 <= MaxMarkerDigits && TextChars.IsDigit(lineText[i]))
            {
                number = (number * 10) + TextChars.DigitValue(lineText[i]);
                i++;
            }

            int digits = i - start - 1;
            if (digits == 0 || digits > MaxMarkerDigits || i >= lineText.Length)
            {
                return 0;
            }

            char close = lineText[i];
            bool matches = (open == '[' && close == ']') || (open == '\uFF3B' && close == '\uFF3D');
            return matches && number > 0 ? i - start + 1 : 0;
        }

        private static string Tail(string lineText, int end, int length)
        {
            int start = end - length;
            if (start < 0)
            {
                start = 0;
            }

            // Never cut a surrogate pair in half.
            if (start > 0 && start < end && char.IsLowSurrogate(lineText[start]))
            {
                start++;
            }

            return lineText.Substring(start, end - start).TrimStart();
        }

        /// <summary>
        /// The text without what reports print differently from their headings: quote marks, spaces (a wrapped line:
        /// 五大产 业园区), list marks between several heads (“四早”“四集中” for 四早、四集中), hyphens or dots (CD-MO for
        /// CDMO), and the width of letters, digits and signs (1+N for 1＋N, ＣＤＭＯ for CDMO).
        /// </summary>
        private static string Compact(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (char wide in text)
            {
                char c = ToHalfWidth(wide);
                if (!TextChars.IsQuote(c) && !TextChars.IsSpace(c) && IgnoredMarks.IndexOf(c) < 0)
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }

        /// <summary>The full-width forms of ASCII (U+FF01–U+FF5E) as ASCII; every other character as it is.</summary>
        private static char ToHalfWidth(char c) => c >= '\uFF01' && c <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
    }
}
