using System.Collections.Generic;
using System.Threading;

namespace GlossaryGen.Parsing
{
    /// <summary>
    /// The running header or footer a PDF repeats on every page (<c>2023年度某某局部门决算</c>): a short line
    /// without punctuation that occurs three times or more in the file, or the file's title (its first line)
    /// when it occurs again: a glossary of two pages shows the header only once. Inside the glossary it is
    /// page furniture, not a term or part of a definition.
    /// </summary>
    internal static class RunningHeader
    {
        private const int MinRepeats = 3;
        private const int MaxLength = 40;

        /// <summary>The texts of the file's running header lines, cleaned; empty when it has none.</summary>
        public static HashSet<string> Find(CleanLines lines, CancellationToken cancellationToken)
        {
            var counts = new Dictionary<string, int>();
            var repeated = new HashSet<string>();
            string? title = null;
            bool seenText = false;
            for (int i = 0; i < lines.Count; i++)
            {
                if ((i & 0x3FF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                SourceLine line = lines.Lines[i];
                if (line.Length == 0 || line.Length > MaxLength * 2)
                {
                    continue;
                }

                string clean = lines[i].Text;
                bool first = !seenText && clean.Length > 0;
                seenText |= clean.Length > 0;
                if (clean.Length < 4 || clean.Length > MaxLength || !IsPlain(clean))
                {
                    continue;
                }

                if (first)
                {
                    title = clean;
                }

                counts.TryGetValue(clean, out int count);
                counts[clean] = ++count;
                if (count >= MinRepeats || (count == 2 && clean == title))
                {
                    repeated.Add(clean);
                }
            }

            return repeated;
        }

        /// <summary>No punctuation, no numbering, no quotes: a title, not a sentence, an entry or a list item.</summary>
        private static bool IsPlain(string text)
        {
            if (NumberingReader.Read(text, -1).IsPresent || PageNumber.IsPageNumber(text))
            {
                return false;
            }

            foreach (char c in text)
            {
                if (TextChars.IsClausePunctuation(c) || TextChars.IsColon(c) || TextChars.IsQuote(c) || TextChars.EndsSentence(c))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
