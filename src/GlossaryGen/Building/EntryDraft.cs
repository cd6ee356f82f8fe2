using GlossaryGen.Model;
using GlossaryGen.Structure;

namespace GlossaryGen.Building
{
    /// <summary>An entry on its way into the model: what was parsed, and where it came from.</summary>
    internal sealed class EntryDraft
    {
        public EntryDraft(ParsedFile file, ParsedEntry entry, EntryStructure structure)
        {
            File = file;
            Entry = entry;
            Structure = structure;
            ComparableDefinition = Comparable(entry.Definition);
        }

        public ParsedFile File { get; }

        public ParsedEntry Entry { get; }

        public EntryStructure Structure { get; }

        /// <summary>The definition with white space removed: line breaks and spacing are not a different meaning.</summary>
        public string ComparableDefinition { get; }

        public FileLocation Location => new FileLocation(File.Path, Entry.HeadingRange);

        /// <summary>How messages name the entry's place: <c>lingling-2024.txt line 47</c>.</summary>
        public string Place => File.FileName + " line " + Entry.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public bool SameMeaningAs(EntryDraft other) => ComparableDefinition == other.ComparableDefinition;

        private static string Comparable(string definition)
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
