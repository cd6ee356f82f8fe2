using System.Collections.Generic;
using System.Linq;
using GlossaryGen.Building;
using GlossaryGen.Model;
using GlossaryGen.Structure;

namespace GlossaryGen.Reading
{
    /// <summary>
    /// The per-file values later steps need of a <see cref="ParsedFile"/>, each holding only what its step
    /// uses: the term table, the keys for the index, the name for choosing its class.
    /// </summary>
    internal static class FileProjections
    {
        public static FileName NameOf(ParsedFile file) => new FileName(file.Path, file.FileName, file.ClassName);

        public static FileKeys KeysOf(ParsedFile file)
        {
            var entries = new List<KeyedEntry>();
            foreach (int position in DistinctEntries.Of(file))
            {
                ParsedEntry entry = file.Glossary.Entries[position];
                entries.Add(new KeyedEntry(entry.Term, entry.Heading, entry.Cores));
            }

            return new FileKeys(file.Path, file.FileName, entries.ToEquatableArray());
        }

        /// <summary>The definitions and places of the file's entries that claim a contested name, for the index.</summary>
        public static FileMeanings MeaningsOf(ParsedFile file, ContestedNames contested)
        {
            var meanings = new List<EntryMeaning>();
            if (!contested.Keys.IsEmpty || !contested.Identifiers.IsEmpty)
            {
                var keys = new HashSet<string>(contested.Keys, System.StringComparer.Ordinal);
                var identifiers = new HashSet<string>(contested.Identifiers, System.StringComparer.Ordinal);
                List<int> positions = DistinctEntries.Of(file);
                for (int i = 0; i < positions.Count; i++)
                {
                    ParsedEntry entry = file.Glossary.Entries[positions[i]];
                    if (ContestedNamesFinder.IsContested(new KeyedEntry(entry.Term, entry.Heading, entry.Cores), keys, identifiers))
                    {
                        meanings.Add(new EntryMeaning(i, DistinctEntries.Comparable(entry.Definition), entry.HeadingRange));
                    }
                }
            }

            return new FileMeanings(file.Path, meanings.ToEquatableArray());
        }

        public static FileTable TableOf(ParsedFile file, FileClasses classes, GeneratedNames names)
        {
            string fileClass = classes.ClassOf(file.Path);
            List<int> positions = DistinctEntries.Of(file);
            var entries = new List<TableEntry>(positions.Count);
            for (int i = 0; i < positions.Count; i++)
            {
                ParsedEntry entry = file.Glossary.Entries[positions[i]];
                EntryStructure structure = positions[i] < file.Structures.Count ? file.Structures[positions[i]] : EntryStructure.None;
                entries.Add(new TableEntry(entry.Term, entry.Heading, entry.Definition, entry.Line, entry.Number, structure.Items, structure.Groups));
            }

            return new FileTable(names, fileClass, file.Path, file.FileName, entries.ToEquatableArray());
        }
    }
}
