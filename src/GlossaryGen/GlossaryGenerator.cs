using System;
using System.Collections.Immutable;
using System.Threading;
using GlossaryGen.Abbreviations;
using GlossaryGen.Building;
using GlossaryGen.Diagnostics;
using GlossaryGen.Emitting;
using GlossaryGen.Input;
using GlossaryGen.Matching;
using GlossaryGen.Model;
using GlossaryGen.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GlossaryGen
{
    /// <summary>
    /// Turns glossary AdditionalFiles into the generated <c>Glossary</c> class. What depends on one file is done
    /// per file: reading, parsing, and emitting its term table (its <c>Definitions</c> and <c>Terms</c> members).
    /// The only whole-project merge is a small index of names and keys, from which the API, the lookup tables and
    /// each table's member names come; it holds no definition and no line, so an edit inside one file re-emits
    /// that file's table and little else. No step keeps a Compilation, symbol, syntax node or Location.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class GlossaryGenerator : IIncrementalGenerator
    {
        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<GlossaryFileRequest> files = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, _) => FileSelector.Select(pair.Left, pair.Right.GetOptions(pair.Left)))
                .Where(static request => request != null)
                .Select(static (request, _) => request!)
                .WithTrackingName(TrackingNames.GlossaryFiles);

            IncrementalValuesProvider<ParsedFile> parsed = files
                .Select(static (request, cancellationToken) => FileReader.Read(request, cancellationToken))
                .WithTrackingName(TrackingNames.Parse);

            // A file's own diagnostics are reported per file, not carried through the merge.
            context.RegisterSourceOutput(parsed.Select(static (file, _) => file.Diagnostics), static (context, diagnostics) => Report(context, diagnostics));

            IncrementalValueProvider<GlobalOptions> globalOptions = context.AnalyzerConfigOptionsProvider
                .Select(static (provider, _) => GlobalOptionsReader.Read(provider.GlobalOptions));
            context.RegisterSourceOutput(globalOptions.Select(static (options, _) => options.Problems), static (context, diagnostics) => Report(context, diagnostics));

            IncrementalValueProvider<LanguageFacts> language = context.CompilationProvider
                .Select(static (compilation, _) => LanguageFacts.From(compilation));

            IncrementalValueProvider<EmitOptions> emitOptions = globalOptions
                .Combine(language)
                .Select(static (input, _) => EmitOptionsOf(input.Left, input.Right))
                .WithTrackingName(TrackingNames.Options);
            IncrementalValueProvider<GeneratedNames> names = emitOptions.Select(static (options, _) => options.Names);

            IncrementalValueProvider<FileClasses> fileClasses = parsed
                .Select(static (file, _) => FileProjections.NameOf(file))
                .Collect()
                .Combine(names)
                .Select(static (input, _) => Guard(
                    () => FileClassAllocator.Allocate(input.Left, input.Right),
                    failure => new FileClasses(EquatableArray<FileClass>.Empty, ImmutableArray.Create(failure).ToEquatableArray()),
                    "(file classes)"))
                .WithTrackingName(TrackingNames.FileClasses);
            context.RegisterSourceOutput(fileClasses.Select(static (classes, _) => classes.Diagnostics), static (context, diagnostics) => Report(context, diagnostics));

            // The index sees every file's names, and the definitions and places of only the entries that claim a
            // name another entry claims too: editing any other definition, or moving entries, leaves it cached.
            IncrementalValueProvider<ImmutableArray<FileKeys>> fileKeys = parsed
                .Select(static (file, _) => Guard(
                    () => FileProjections.KeysOf(file),
                    failure => new FileKeys(file.Path, file.FileName, EquatableArray<KeyedEntry>.Empty, failure),
                    file.FileName))
                .WithTrackingName(TrackingNames.FileKeys)
                .Collect();
            IncrementalValueProvider<ContestedNames> contested = fileKeys
                .Combine(names)
                .Select(static (input, _) => Guard(
                    () => ContestedNamesFinder.Find(input.Left, input.Right),
                    failure => new ContestedNames(EquatableArray<string>.Empty, EquatableArray<string>.Empty, failure),
                    "(contested names)"))
                .WithTrackingName(TrackingNames.ContestedNames);
            context.RegisterSourceOutput(contested.Select(static (names, _) => names.Failure), static (context, failure) => ReportFailure(context, failure));
            IncrementalValueProvider<ImmutableArray<FileMeanings>> meanings = parsed
                .Combine(contested)
                .Select(static (input, _) => Guard(
                    () => FileProjections.MeaningsOf(input.Left, input.Right),
                    failure => new FileMeanings(input.Left.Path, EquatableArray<EntryMeaning>.Empty, failure),
                    input.Left.FileName))
                .WithTrackingName(TrackingNames.FileMeanings)
                .Collect();
            IncrementalValueProvider<IndexResult> indexResult = fileKeys
                .Combine(meanings)
                .Combine(emitOptions)
                .Select(static (input, cancellationToken) => BuildIndex(input.Left.Left, input.Left.Right, input.Right, cancellationToken))
                .WithTrackingName(TrackingNames.Index);
            context.RegisterSourceOutput(indexResult.Select(static (result, _) => result.Diagnostics), static (context, diagnostics) => Report(context, diagnostics));

            IncrementalValueProvider<GlossaryIndex?> index = indexResult
                .Select(static (result, _) => result.Index)
                .WithTrackingName(TrackingNames.IndexValue);

            context.RegisterSourceOutput(emitOptions.Combine(index.Select(static (index, _) => index != null)), static (context, input) =>
            {
                if (input.Right)
                {
                    AddSource(context, ApiEmitter.HintName(input.Left.Names), "(generated API)", () => ApiEmitter.Emit(input.Left));
                }
            });

            // A file's table is made from that file alone; the index only names its entries. Every file's names
            // are picked again when the index changes, but a table is re-emitted only when its own names changed.
            IncrementalValuesProvider<NamedFileTable> tables = parsed
                .Combine(fileClasses)
                .Combine(names)
                .Select(static (input, _) => Guard(
                    () => FileProjections.TableOf(input.Left.Left, input.Left.Right, input.Right),
                    failure => new FileTable(input.Right, input.Left.Right.ClassOf(input.Left.Left.Path), input.Left.Left.Path, input.Left.Left.FileName, EquatableArray<TableEntry>.Empty, failure),
                    input.Left.Left.FileName))
                .Combine(index)
                .Where(static input => input.Right != null)
                .Select(static (input, _) => new NamedFileTable(input.Left, input.Right!.NamesOf(input.Left.Path)))
                .WithTrackingName(TrackingNames.FileTable);
            context.RegisterSourceOutput(tables, static (context, table) =>
            {
                ReportFailure(context, table.Table.Failure);
                AddSource(context, table.HintName, table.Table.FileName, () => FileTableEmitter.Emit(table));
            });

            IncrementalValueProvider<LookupTables?> lookupTables = index
                .Select(static (index, _) => index?.Keys)
                .Select(static (keys, _) => BuildTables(keys))
                .WithTrackingName(TrackingNames.LookupTables);
            context.RegisterSourceOutput(index.Combine(lookupTables), static (context, input) => EmitTables(context, input.Left, input.Right));

            // The analyzer reads every key from the class itself, here and in projects that reference it.
            context.RegisterSourceOutput(index, static (context, index) =>
            {
                if (index != null)
                {
                    AddSource(context, LookupIndexEmitter.HintName(index.Names), "(lookup index)", () => LookupIndexEmitter.Emit(LookupIndexFile.From(index)));
                }
            });

            IncrementalValueProvider<EquatableArray<DiagnosticInfo>> undefinedAbbreviations = parsed
                .Select(static (file, _) => new ReportAbbreviations(file.Path, file.Abbreviations))
                .Where(static report => !report.Uses.IsEmpty)
                .Collect()
                .Combine(index)
                .Select(static (input, _) => FindUndefinedAbbreviations(input.Left, input.Right))
                .WithTrackingName(TrackingNames.UndefinedAbbreviations);
            context.RegisterSourceOutput(undefinedAbbreviations, static (context, diagnostics) => Report(context, diagnostics));
        }

        private static EmitOptions EmitOptionsOf(GlobalOptions options, LanguageFacts facts)
            => new EmitOptions(
                new GeneratedNames(options.Namespace ?? NamespaceFromAssemblyName(facts.AssemblyName), options.ClassName),
                options.IsPublic,
                facts.SupportsNullable,
                facts.SupportsSpan,
                facts.HasNotNullWhenAttribute);

        /// <summary>The namespace to use when the project sets none: its assembly name, made valid.</summary>
        private static string NamespaceFromAssemblyName(string assemblyName)
        {
            var parts = new System.Collections.Generic.List<string>();
            foreach (string part in assemblyName.Split('.'))
            {
                if (part.Length > 0)
                {
                    parts.Add(IdentifierMapper.IsValidIdentifier(part) ? part : IdentifierMapper.FromFileName(part));
                }
            }

            return string.Join(".", parts);
        }

        private static IndexResult BuildIndex(ImmutableArray<FileKeys> files, ImmutableArray<FileMeanings> meanings, EmitOptions options, CancellationToken cancellationToken)
        {
            try
            {
                return IndexBuilder.Build(files, meanings, options.Names, options.IsPublic, cancellationToken);
            }
            catch (Exception exception) when (!(exception is OperationCanceledException))
            {
                // An exception here would drop every generated file (CS8785); a diagnostic keeps the build explainable.
                return new IndexResult(null, ImmutableArray.Create(Failure("(all glossaries)", exception)).ToEquatableArray());
            }
        }

        private static LookupTables? BuildTables(EquatableArray<LookupKey>? keys)
        {
            if (keys is not EquatableArray<LookupKey> lookupKeys)
            {
                return null;
            }

            try
            {
                return new LookupTables(KeyTableBuilder.Build(lookupKeys.Items), MatcherTableBuilder.Build(lookupKeys.Items));
            }
            catch (Exception exception) when (!(exception is OperationCanceledException))
            {
                return new LookupTables(null, new MatcherTables(null, 0, 0, null), Failure("(lookup tables)", exception));
            }
        }

        private static void EmitTables(SourceProductionContext context, GlossaryIndex? index, LookupTables? tables)
        {
            if (index == null || tables == null)
            {
                return;
            }

            if (tables.Failure != null)
            {
                ReportFailure(context, tables.Failure);
                return;
            }

            if (tables.Problem is string problem)
            {
                context.ReportDiagnostic(DiagnosticFactory.Create(DiagnosticInfo.Create(DiagnosticDescriptors.MatcherTooLarge.Id, null, problem)));
            }

            AddSource(context, MatcherEmitter.HintName(index.Names), "(generated tables)", () => MatcherEmitter.Emit(index, tables));
        }

        private static EquatableArray<DiagnosticInfo> FindUndefinedAbbreviations(ImmutableArray<ReportAbbreviations> reports, GlossaryIndex? index)
        {
            try
            {
                return UndefinedAbbreviations.Find(reports, UndefinedAbbreviations.DefinedTerms(index));
            }
            catch (Exception exception) when (!(exception is OperationCanceledException))
            {
                return ImmutableArray.Create(Failure("(report abbreviations)", exception)).ToEquatableArray();
            }
        }

        /// <summary>Emits one source; a failure becomes GG9999 naming <paramref name="what"/>, never an exception.</summary>
        private static void AddSource(SourceProductionContext context, string hintName, string what, Func<string> emit)
        {
            string source;
            try
            {
                source = emit();
            }
            catch (Exception exception) when (!(exception is OperationCanceledException))
            {
                context.ReportDiagnostic(DiagnosticFactory.Create(Failure(what, exception)));
                return;
            }

            context.AddSource(hintName, SourceText.From(source, System.Text.Encoding.UTF8));
        }

        private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
        {
            foreach (DiagnosticInfo diagnostic in diagnostics)
            {
                context.ReportDiagnostic(DiagnosticFactory.Create(diagnostic));
            }
        }

        /// <summary>
        /// Runs a step's work; an exception becomes the value <paramref name="fallback"/> makes of a GG9999 naming
        /// <paramref name="what"/>, reported downstream, so no exception escapes the generator (which would be CS8785
        /// and no generated code at all).
        /// </summary>
        private static T Guard<T>(Func<T> work, Func<DiagnosticInfo, T> fallback, string what)
        {
            try
            {
                return work();
            }
            catch (Exception exception) when (!(exception is OperationCanceledException))
            {
                return fallback(Failure(what, exception));
            }
        }

        private static void ReportFailure(SourceProductionContext context, DiagnosticInfo? failure)
        {
            if (failure != null)
            {
                context.ReportDiagnostic(DiagnosticFactory.Create(failure));
            }
        }

        private static DiagnosticInfo Failure(string what, Exception exception)
            => DiagnosticInfo.Create(DiagnosticDescriptors.InternalError.Id, null, what, exception.GetType().Name + ": " + exception.Message);
    }
}
