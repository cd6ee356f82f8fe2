using GlossaryGen.Model;

namespace GlossaryGen.Building
{
    /// <summary>An entry competing for lookup keys while the index is built: what it is called, and where it stands.</summary>
    internal sealed class CandidateEntry
    {
        public CandidateEntry(FileKeys file, KeyedEntry entry, int positionInFile)
        {
            File = file;
            Entry = entry;
            PositionInFile = positionInFile;
        }

        public FileKeys File { get; }

        public KeyedEntry Entry { get; }

        /// <summary>Its position among its file's distinct entries.</summary>
        public int PositionInFile { get; }

        public FileLocation Location => new FileLocation(File.Path, Entry.HeadingRange);

        /// <summary>How messages name the entry's place: <c>lingling-2024.txt line 47</c>.</summary>
        public string Place => File.FileName + " line " + Entry.HeadingRange.LineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public bool SameMeaningAs(CandidateEntry other) => Entry.ComparableDefinition == other.Entry.ComparableDefinition;
    }
}
