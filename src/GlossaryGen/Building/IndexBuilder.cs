using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using GlossaryGen.Diagnostics;
using GlossaryGen.Model;

namespace GlossaryGen.Building
{
    /// <summary>
    /// Merges every file's keys into the project's one <see cref="GlossaryIndex"/>. A pure function of its
    /// inputs; the order in which files arrive does not matter.
    /// </summary>
    internal static class IndexBuilder
    {
        public static IndexResult Build(
            ImmutableArray<FileKeys> files,
            ImmutableArray<FileMeanings> meanings,
            GeneratedNames names,
            bool isPublic,
            CancellationToken cancellationToken)
        {
            var diagnostics = new List<DiagnosticInfo>();
            if (files.IsDefaultOrEmpty)
            {
                return new IndexResult(null, diagnostics.ToEquatableArray());
            }

            List<FileKeys> ordered = files.OrderBy(f => f.Path, System.StringComparer.Ordinal).ToList();
            diagnostics.AddRange(ordered.Select(f => f.Failure).OfType<DiagnosticInfo>());
            diagnostics.AddRange(meanings.IsDefault ? Enumerable.Empty<DiagnosticInfo>() : meanings.OrderBy(m => m.Path, System.StringComparer.Ordinal).Select(m => m.Failure).OfType<DiagnosticInfo>());
            var candidates = new List<CandidateEntry>();
            var meaningsByPath = new Dictionary<string, Dictionary<int, EntryMeaning>>(System.StringComparer.Ordinal);
            foreach (FileMeanings file in meanings.IsDefault ? ImmutableArray<FileMeanings>.Empty : meanings)
            {
                meaningsByPath[file.Path] = file.Entries.ToDictionary(e => e.Position);
            }

            // For each file, each of its entries' candidate and whether the file declares it.
            var fileSlots = new List<(string Path, List<(int Candidate, bool IsDeclared)> Slots)>();
            var indexByMeaning = new Dictionary<(string Term, string Definition), int>();
            foreach (FileKeys file in ordered)
            {
                cancellationToken.ThrowIfCancellationRequested();
                meaningsByPath.TryGetValue(file.Path, out Dictionary<int, EntryMeaning>? fileMeanings);
                var slots = new List<(int Candidate, bool IsDeclared)>(file.Entries.Count);
                for (int i = 0; i < file.Entries.Count; i++)
                {
                    KeyedEntry entry = file.Entries[i];
                    EntryMeaning? meaning = fileMeanings != null && fileMeanings.TryGetValue(i, out EntryMeaning? m) ? m : null;

                    // The same term with the same definition in two files (三送三解三优 in two reports) is one
                    // entry, declared by the first file by path. Such entries share their term, so both are
                    // contested and have their meaning; an entry without one is unique.
                    if (meaning != null)
                    {
                        if (indexByMeaning.TryGetValue((entry.Term, meaning.ComparableDefinition), out int first))
                        {
                            slots.Add((first, false));
                            continue;
                        }

                        indexByMeaning.Add((entry.Term, meaning.ComparableDefinition), candidates.Count);
                    }

                    slots.Add((candidates.Count, true));
                    candidates.Add(new CandidateEntry(file, entry, meaning));
                }

                fileSlots.Add((file.Path, slots));
            }

            List<LookupKey> keys = KeyResolver.Resolve(candidates, diagnostics);
            cancellationToken.ThrowIfCancellationRequested();

            // Terms names its entries' definitions through Definitions and their helpers through Files, so
            // no entry may take those names.
            var identifiers = new IdentifierAllocator(names.Terms, names.Definitions, names.Files);
            var entries = new List<IndexEntry>(candidates.Count);
            for (int index = 0; index < candidates.Count; index++)
            {
                CandidateEntry candidate = candidates[index];
                string wanted = IdentifierMapper.FromTerm(candidate.Entry.Term, index);
                string identifier = identifiers.Allocate(wanted, candidate.Entry.Term, out string? collidedWith);
                if (collidedWith != null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.IdentifierCollision.Id,
                        candidate.Location,
                        candidate.Entry.Term,
                        wanted,
                        collidedWith,
                        identifier));
                }

                entries.Add(new IndexEntry(identifier, candidate.Entry.Term));
            }

            // Entries first: an entry named s_六零 keeps its name, and 六零's cache field moves aside.
            var caches = entries.Select(entry => identifiers.Allocate("s_" + entry.Identifier.TrimStart('@'), entry.Identifier, out _)).ToList();
            var fileNames = fileSlots
                .Select(file => new FileEntryNames(
                    file.Path,
                    file.Slots.Select(slot => new EntryName(entries[slot.Candidate].Identifier, caches[slot.Candidate], slot.IsDeclared)).ToEquatableArray()))
                .ToEquatableArray();

            var glossaryIndex = new GlossaryIndex(names, isPublic, entries.ToEquatableArray(), keys.ToEquatableArray(), fileNames);
            return new IndexResult(glossaryIndex, diagnostics.ToEquatableArray());
        }
    }
}
