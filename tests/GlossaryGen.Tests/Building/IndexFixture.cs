using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using GlossaryGen.Building;
using GlossaryGen.Emitting;
using GlossaryGen.Input;
using GlossaryGen.Matching;
using GlossaryGen.Model;
using GlossaryGen.Reading;
using GlossaryGen.Structure;

namespace GlossaryGen.Tests.Building
{
    /// <summary>
    /// Builds the index and every generated source from hand-written parse results, the way the pipeline
    /// does, to test merging and emitting without the parser or the driver.
    /// </summary>
    internal static class IndexFixture
    {
        public static readonly EmitOptions DefaultOptions = new EmitOptions(new GeneratedNames("Consumer", "Glossary"), true, true, true, true);

        public static ParsedEntry Entry(string heading, string definition, int line, int? number = null)
        {
            string term = GlossaryKey.RemoveQuotes(heading);
            var cores = System.Text.RegularExpressions.Regex.Matches(heading, "“([^”]*)”").Select(m => m.Groups[1].Value).ToEquatableArray();
            var range = new TextRange(line * 100, heading.Length, line - 1, 0, line - 1, heading.Length);
            return new ParsedEntry(number, heading, term, cores, definition, range);
        }

        public static ParsedFile File(string path, params ParsedEntry[] entries)
        {
            var glossary = new ParsedGlossary(entries.ToEquatableArray(), EquatableArray<ParseDiagnostic>.Empty, 0);
            return new ParsedFile(
                path,
                path.Substring(path.LastIndexOf('/') + 1),
                GlossaryFileKind.Glossary,
                null,
                glossary,
                entries.Select(_ => EntryStructure.None).ToEquatableArray(),
                EquatableArray<DiagnosticInfo>.Empty);
        }

        /// <summary>The index of <paramref name="files"/>, with the diagnostics of choosing file classes first.</summary>
        public static IndexResult Build(params ParsedFile[] files) => Build(DefaultOptions, files);

        public static IndexResult Build(EmitOptions options, params ParsedFile[] files)
        {
            FileClasses classes = Classes(options, files);
            ImmutableArray<FileKeys> keys = files.Select(FileProjections.KeysOf).ToImmutableArray();
            ContestedNames contested = ContestedNamesFinder.Find(keys, options.Names);
            ImmutableArray<FileMeanings> meanings = files.Select(file => FileProjections.MeaningsOf(file, contested)).ToImmutableArray();
            IndexResult result = IndexBuilder.Build(keys, meanings, options.Names, options.IsPublic, CancellationToken.None);
            return result with { Diagnostics = classes.Diagnostics.Concat(result.Diagnostics).ToEquatableArray() };
        }

        public static FileClasses Classes(EmitOptions options, params ParsedFile[] files)
            => FileClassAllocator.Allocate(files.Select(FileProjections.NameOf).ToImmutableArray(), options.Names);

        /// <summary>
        /// Every source the generator emits for <paramref name="files"/>, by hint name. <paramref name="adjust"/>
        /// may change the index first, to give the tables keys no glossary would produce.
        /// </summary>
        public static Dictionary<string, string> Sources(EmitOptions options, ParsedFile[] files, System.Func<GlossaryIndex, GlossaryIndex>? adjust = null)
        {
            FileClasses classes = Classes(options, files);
            GlossaryIndex index = Build(options, files).Index!;
            index = adjust?.Invoke(index) ?? index;
            var sources = new Dictionary<string, string>
            {
                [ApiEmitter.HintName(options.Names)] = ApiEmitter.Emit(options),
            };
            foreach (ParsedFile file in files)
            {
                var table = new NamedFileTable(FileProjections.TableOf(file, classes, options.Names), index.NamesOf(file.Path));
                sources[table.HintName] = FileTableEmitter.Emit(table);
            }

            var tables = new LookupTables(KeyTableBuilder.Build(index.Keys.Items), MatcherTableBuilder.Build(index.Keys.Items));
            sources[MatcherEmitter.HintName(options.Names)] = MatcherEmitter.Emit(index, tables);
            return sources;
        }
    }
}
