using System;
using System.Collections.Immutable;
using GlossaryGen.Abbreviations;
using GlossaryGen.Building;
using GlossaryGen.Diagnostics;
using GlossaryGen.Emitting;
using GlossaryGen.Input;
using GlossaryGen.Matching;
using GlossaryGen.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GlossaryGen
{
    /// <summary>
    /// Turns glossary AdditionalFiles into the generated <c>Glossary</c> class. The pipeline reads
    /// text, parses it into an equatable model and emits it; no step keeps a Compilation, symbol,
    /// syntax node or Location, so an edit that does not touch a glossary costs almost nothing.
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

            IncrementalValueProvider<GlobalOptions> globalOptions = context.AnalyzerConfigOptionsProvider
                .Select(static (provider, _) => GlobalOptionsReader.Read(provider.GlobalOptions));

            IncrementalValueProvider<LanguageFacts> language = context.CompilationProvider
                .Select(static (compilation, _) => LanguageFacts.From(compilation));

            IncrementalValueProvider<BuildResult> model = parsed
                .Collect()
                .Combine(globalOptions)
                .Combine(language)
                .Select(static (input, cancellationToken) => Build(input.Left.Left, input.Left.Right, input.Right, cancellationToken))
                .WithTrackingName(TrackingNames.Model);

            context.RegisterSourceOutput(model, static (context, result) => Emit(context, result));
            context.RegisterSourceOutput(model, static (context, result) => EmitIndex(context, result));

            IncrementalValueProvider<EquatableArray<DiagnosticInfo>> undefinedAbbreviations = parsed
                .Select(static (file, _) => new ReportAbbreviations(file.Path, file.Abbreviations))
                .Where(static report => !report.Uses.IsEmpty)
                .Collect()
                .Combine(model)
                .Select(static (input, _) => FindUndefinedAbbreviations(input.Left, input.Right.Model))
                .WithTrackingName(TrackingNames.UndefinedAbbreviations);

            context.RegisterSourceOutput(undefinedAbbreviations, static (context, diagnostics) =>
            {
                foreach (DiagnosticInfo diagnostic in diagnostics)
                {
                    context.ReportDiagnostic(DiagnosticFactory.Create(diagnostic));
                }
            });
        }

        private static BuildResult Build(ImmutableArray<ParsedFile> files, GlobalOptions options, LanguageFacts facts, System.Threading.CancellationToken cancellationToken)
        {
            try
            {
                return GlossaryModelBuilder.Build(files, options, facts, cancellationToken);
            }
            catch (Exception exception) when (!(exception is OperationCanceledException))
            {
                // An exception here would drop every generated file (CS8785); a diagnostic keeps the build explainable.
                return new BuildResult(null, ImmutableArray.Create(Failure("(all glossaries)", exception)).ToEquatableArray());
            }
        }

        private static EquatableArray<DiagnosticInfo> FindUndefinedAbbreviations(ImmutableArray<ReportAbbreviations> reports, GlossaryModel? model)
        {
            try
            {
                return UndefinedAbbreviations.Find(reports, UndefinedAbbreviations.DefinedTerms(model));
            }
            catch (Exception exception) when (!(exception is OperationCanceledException))
            {
                return ImmutableArray.Create(Failure("(report abbreviations)", exception)).ToEquatableArray();
            }
        }

        private static void Emit(SourceProductionContext context, BuildResult result)
        {
            foreach (DiagnosticInfo diagnostic in result.Diagnostics)
            {
                context.ReportDiagnostic(DiagnosticFactory.Create(diagnostic));
            }

            if (result.Model is not GlossaryModel glossary)
            {
                return;
            }

            string source;
            string matcher;
            try
            {
                source = GlossaryEmitter.Emit(glossary);
                MatcherTables tables = MatcherTableBuilder.Build(glossary.Keys);
                if (!tables.Fits)
                {
                    context.ReportDiagnostic(DiagnosticFactory.Create(DiagnosticInfo.Create(
                        DiagnosticDescriptors.MatcherTooLarge.Id, null, tables.Problem ?? "the tables do not fit")));
                }

                matcher = MatcherEmitter.Emit(glossary, tables);
            }
            catch (Exception exception) when (!(exception is OperationCanceledException))
            {
                context.ReportDiagnostic(DiagnosticFactory.Create(Failure("(generated code)", exception)));
                return;
            }

            context.AddSource(GlossaryEmitter.HintName(glossary), SourceText.From(source, System.Text.Encoding.UTF8));
            context.AddSource(MatcherEmitter.HintName(glossary), SourceText.From(matcher, System.Text.Encoding.UTF8));
        }

        /// <summary>Adds the part of the class that carries the analyzer's index (issue 12).</summary>
        private static void EmitIndex(SourceProductionContext context, BuildResult result)
        {
            if (result.Model is not GlossaryModel glossary)
            {
                return;
            }

            try
            {
                (string content, string hintName) = GlossaryIndexEmitter.Emit(GlossaryIndexFile.From(glossary));
                context.AddSource(hintName, SourceText.From(content, System.Text.Encoding.UTF8));
            }
            catch (Exception exception) when (!(exception is OperationCanceledException))
            {
                context.ReportDiagnostic(DiagnosticFactory.Create(Failure("(glossary index)", exception)));
            }
        }

        private static DiagnosticInfo Failure(string what, Exception exception)
            => DiagnosticInfo.Create(DiagnosticDescriptors.InternalError.Id, null, what, exception.GetType().Name + ": " + exception.Message);
    }
}
