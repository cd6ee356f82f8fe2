using GlossaryGen.Model;

namespace GlossaryGen.Building
{
    /// <summary>An entry competing for lookup keys while the index is built: what it is called, and where it stands.</summary>
    internal sealed class CandidateEntry
    {
        public CandidateEntry(FileKeys file, KeyedEntry entry, EntryMeaning? meaning)
        {
            File = file;
            Entry = entry;
            Meaning = meaning;
        }

        public FileKeys File { get; }

        public KeyedEntry Entry { get; }

        /// <summary>Its definition and place; null when it claims no contested name, and so is never compared.</summary>
        public EntryMeaning? Meaning { get; }

        public FileLocation Location => new FileLocation(File.Path, Meaning?.HeadingRange ?? TextRange.FileStart);

        /// <summary>How messages name the entry's place: <c>lingling-2024.txt line 47</c>.</summary>
        public string Place => File.FileName + (Meaning is EntryMeaning meaning
            ? " line " + meaning.HeadingRange.LineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : string.Empty);

        /// <summary>Whether both mean the same; entries that were never compared are different entries.</summary>
        public bool SameMeaningAs(CandidateEntry other)
            => ReferenceEquals(this, other) || (Meaning != null && other.Meaning != null && Meaning.ComparableDefinition == other.Meaning.ComparableDefinition);
    }
}
