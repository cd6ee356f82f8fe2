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
    /// </summary>
    internal static class FootnoteMarkerChecker
    {
        /// <summary>Markers have at most three digits, so years such as [2024] are never taken for markers.</summary>
        private const int MaxMarkerDigits = 3;

        /// <summary>How much text before a marker is quoted in a message, beyond the length of the heading.</summary>
        private const int QuotedContext = 4;

        public static void Check(string text, List<SourceLine> bodyLines, IReadOnlyList<ParsedEntry> entries, DiagnosticSink diagnostics, System.Threading.CancellationToken cancellationToken)
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
                    CheckMarker(lineText, i, number, range, byNumber, referenced, diagnostics);
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
            string precedingTerm = WithoutQuotesAndSpaces(Tail(lineText, before, entry.Heading.Length + QuotedContext + 8));
            if (EndsWithName(precedingTerm, entry))
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

        private static bool EndsWithName(string preceding, ParsedEntry entry)
        {
            string term = WithoutQuotesAndSpaces(entry.Term);
            if (term.Length > 0 && preceding.EndsWith(term, System.StringComparison.Ordinal))
            {
                return true;
            }

            foreach (string core in entry.Cores)
            {
                string compactCore = WithoutQuotesAndSpaces(core);
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

        private static string WithoutQuotesAndSpaces(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                if (!TextChars.IsQuote(c) && !TextChars.IsSpace(c))
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }
    }
}
