using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using GlossaryGen.Diagnostics;
using GlossaryGen.Input;
using GlossaryGen.Model;

namespace GlossaryGen.Building
{
    /// <summary>
    /// Merges every parsed file into the one model the emitter writes out. A pure function of its
    /// inputs; the order in which files arrive does not matter.
    /// </summary>
    internal static class GlossaryModelBuilder
    {
        /// <summary>Member names the generated classes use themselves, which entries cannot take.</summary>
        private static readonly string[] ReservedTermNames = { "Terms", "Definitions" };

        public static BuildResult Build(ImmutableArray<ParsedFile> files, GlobalOptions options, LanguageFacts facts, CancellationToken cancellationToken)
        {
            var diagnostics = new List<DiagnosticInfo>(options.Problems);
            if (files.IsDefaultOrEmpty)
            {
                return new BuildResult(null, diagnostics.ToEquatableArray());
            }

            List<ParsedFile> ordered = files.OrderBy(f => f.Path, System.StringComparer.Ordinal).ToList();
            foreach (ParsedFile file in ordered)
            {
                diagnostics.AddRange(file.Diagnostics);
            }

            var drafts = new List<EntryDraft>();
            var fileEntries = new List<List<int>>();
            MergeEntries(ordered, drafts, fileEntries, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();

            List<LookupKey> keys = KeyResolver.Resolve(drafts, diagnostics);
            List<EntryModel> entries = CreateEntries(drafts, diagnostics);
            List<FileModel> fileModels = CreateFiles(ordered, fileEntries, drafts, options.ClassName, diagnostics);

            var emitOptions = new EmitOptions(
                options.Namespace ?? NamespaceFromAssemblyName(facts.AssemblyName),
                options.ClassName,
                options.IsPublic,
                facts.SupportsNullable,
                facts.SupportsSpan,
                facts.HasNotNullWhenAttribute);
            var model = new GlossaryModel(emitOptions, entries.ToEquatableArray(), keys.ToEquatableArray(), fileModels.ToEquatableArray());
            return new BuildResult(model, diagnostics.ToEquatableArray());
        }

        /// <summary>
        /// Collects the entries in <c>All</c> order. The same term with the same definition in two
        /// files (三送三解三优 in two reports) is one entry, listed under the first file.
        /// </summary>
        private static void MergeEntries(List<ParsedFile> files, List<EntryDraft> drafts, List<List<int>> fileEntries, CancellationToken cancellationToken)
        {
            var indexByMeaning = new Dictionary<(string Term, string Definition), int>();
            foreach (ParsedFile file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var indexes = new List<int>();
                for (int i = 0; i < file.Glossary.Entries.Count; i++)
                {
                    var draft = new EntryDraft(file, file.Glossary.Entries[i], i < file.Structures.Count ? file.Structures[i] : Structure.EntryStructure.None);
                    var meaning = (draft.Entry.Term, draft.ComparableDefinition);
                    if (!indexByMeaning.TryGetValue(meaning, out int index))
                    {
                        index = drafts.Count;
                        drafts.Add(draft);
                        indexByMeaning.Add(meaning, index);
                    }

                    if (!indexes.Contains(index))
                    {
                        indexes.Add(index);
                    }
                }

                fileEntries.Add(indexes);
            }
        }

        private static List<EntryModel> CreateEntries(List<EntryDraft> drafts, List<DiagnosticInfo> diagnostics)
        {
            var names = new IdentifierAllocator(ReservedTermNames);
            var entries = new List<EntryModel>(drafts.Count);
            for (int index = 0; index < drafts.Count; index++)
            {
                EntryDraft draft = drafts[index];
                string wanted = IdentifierMapper.FromTerm(draft.Entry.Term, index);
                string identifier = names.Allocate(wanted, draft.Entry.Term, out string? collidedWith);
                if (collidedWith != null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.IdentifierCollision.Id,
                        draft.Location,
                        draft.Entry.Term,
                        wanted,
                        collidedWith,
                        identifier));
                }

                entries.Add(new EntryModel(
                    index,
                    identifier,
                    draft.Entry.Term,
                    draft.Entry.Heading,
                    draft.Entry.Definition,
                    draft.File.FileName,
                    draft.Entry.Line,
                    draft.Entry.Number,
                    draft.Structure.Items,
                    draft.Structure.Groups));
            }

            return entries;
        }

        private static List<FileModel> CreateFiles(
            List<ParsedFile> files,
            List<List<int>> fileEntries,
            List<EntryDraft> drafts,
            string glossaryClassName,
            List<DiagnosticInfo> diagnostics)
        {
            // A nested class may not share its container's name: Glossary.Files.Files would not compile.
            var classNames = new IdentifierAllocator("Files", glossaryClassName);
            var models = new List<FileModel>(files.Count);
            for (int f = 0; f < files.Count; f++)
            {
                ParsedFile file = files[f];
                string wanted = file.ClassName ?? IdentifierMapper.FromFileName(file.FileName);
                string className = classNames.Allocate(wanted, file.FileName, out string? collidedWith);
                if (collidedWith != null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.IdentifierCollision.Id,
                        new FileLocation(file.Path, TextRange.FileStart),
                        file.FileName,
                        wanted,
                        collidedWith,
                        className));
                }

                var memberNames = new IdentifierAllocator(className, "All", "FileEntries");
                var identifiers = new List<string>(fileEntries[f].Count);
                foreach (int index in fileEntries[f])
                {
                    // Collisions inside one file were already reported for Glossary.Terms; here they only need a unique name.
                    identifiers.Add(memberNames.Allocate(IdentifierMapper.FromTerm(drafts[index].Entry.Term, index), drafts[index].Entry.Term, out _));
                }

                models.Add(new FileModel(file.FileName, className, fileEntries[f].ToEquatableArray(), identifiers.ToEquatableArray()));
            }

            return models;
        }

        /// <summary>The namespace to use when the project sets none: its assembly name, made valid.</summary>
        private static string NamespaceFromAssemblyName(string assemblyName)
        {
            IEnumerable<string> parts = assemblyName
                .Split('.')
                .Where(part => part.Length > 0)
                .Select(part => IdentifierMapper.IsValidIdentifier(part) ? part : IdentifierMapper.FromFileName(part));
            return string.Join(".", parts);
        }
    }
}
