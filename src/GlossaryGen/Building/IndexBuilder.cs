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
            FileClasses classes,
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
            var members = new Dictionary<CandidateEntry, EntryMembers>();
            var fileClassOf = new Dictionary<CandidateEntry, string>();
            var meaningsByPath = new Dictionary<string, Dictionary<int, EntryMeaning>>(System.StringComparer.Ordinal);
            foreach (FileMeanings file in meanings.IsDefault ? ImmutableArray<FileMeanings>.Empty : meanings)
            {
                meaningsByPath[file.Path] = file.Entries.ToDictionary(e => e.Position);
            }

            var fileClassByPath = classes.Classes.ToDictionary(c => c.Path, c => c.ClassName, System.StringComparer.Ordinal);
            var indexByMeaning = new Dictionary<(string Term, string Definition), int>();
            foreach (FileKeys file in ordered)
            {
                cancellationToken.ThrowIfCancellationRequested();
                string fileClass = fileClassByPath.TryGetValue(file.Path, out string? found) ? found : classes.ClassOf(file.Path);
                meaningsByPath.TryGetValue(file.Path, out Dictionary<int, EntryMeaning>? fileMeanings);
                List<EntryMembers> fileMembers = FileMemberNames.Allocate(file.Entries.Select(e => e.Term).ToList(), fileClass);
                for (int i = 0; i < file.Entries.Count; i++)
                {
                    KeyedEntry entry = file.Entries[i];
                    EntryMeaning? meaning = fileMeanings != null && fileMeanings.TryGetValue(i, out EntryMeaning? m) ? m : null;

                    // The same term with the same definition in two files (三送三解三优 in two reports) is one
                    // entry, listed under the first file by path. Such entries share their term, so both are
                    // contested and have their meaning; an entry without one is unique.
                    if (meaning != null)
                    {
                        if (indexByMeaning.ContainsKey((entry.Term, meaning.ComparableDefinition)))
                        {
                            continue;
                        }

                        indexByMeaning.Add((entry.Term, meaning.ComparableDefinition), candidates.Count);
                    }

                    var candidate = new CandidateEntry(file, entry, meaning);
                    candidates.Add(candidate);
                    members.Add(candidate, fileMembers[i]);
                    fileClassOf.Add(candidate, fileClass);
                }
            }

            List<LookupKey> keys = KeyResolver.Resolve(candidates, diagnostics);
            cancellationToken.ThrowIfCancellationRequested();

            // Files is reserved too: Terms and Definitions name their entries' tables through it.
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

                entries.Add(new IndexEntry(identifier, candidate.Entry.Term, fileClassOf[candidate], members[candidate]));
            }

            var glossaryIndex = new GlossaryIndex(names, isPublic, entries.ToEquatableArray(), keys.ToEquatableArray());
            return new IndexResult(glossaryIndex, diagnostics.ToEquatableArray());
        }
    }
}
