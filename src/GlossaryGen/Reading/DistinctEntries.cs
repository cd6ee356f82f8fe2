using System.Collections.Generic;
using GlossaryGen.Model;

namespace GlossaryGen.Reading
{
    /// <summary>
    /// The entries of one file that are different entries: the same term with the same definition twice in
    /// a file is one. The term table and the index both count entries this way, so their names agree.
    /// </summary>
    internal static class DistinctEntries
    {
        /// <summary>The positions in <see cref="ParsedGlossary.Entries"/> of the file's distinct entries, in file order.</summary>
        public static List<int> Of(ParsedFile file)
        {
            var positions = new List<int>(file.Glossary.Entries.Count);
            if (TermsAreDistinct(file))
            {
                // Entries of different terms are different entries: the usual case, decided without comparing definitions.
                for (int i = 0; i < file.Glossary.Entries.Count; i++)
                {
                    positions.Add(i);
                }

                return positions;
            }

            var seen = new HashSet<(string Term, string Definition)>();
            for (int i = 0; i < file.Glossary.Entries.Count; i++)
            {
                ParsedEntry entry = file.Glossary.Entries[i];
                if (seen.Add((entry.Term, Comparable(entry.Definition))))
                {
                    positions.Add(i);
                }
            }

            return positions;
        }

        private static bool TermsAreDistinct(ParsedFile file)
        {
            var terms = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (ParsedEntry entry in file.Glossary.Entries)
            {
                if (!terms.Add(entry.Term))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The definition with white space removed: line breaks and spacing are not a different meaning.</summary>
        public static string Comparable(string definition)
        {
            var builder = new System.Text.StringBuilder(definition.Length);
            foreach (char c in definition)
            {
                if (!char.IsWhiteSpace(c))
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }
    }
}
