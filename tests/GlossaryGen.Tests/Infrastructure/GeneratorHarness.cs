using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GlossaryGen.Tests.Infrastructure
{
    /// <summary>
    /// Runs <see cref="GlossaryGenerator"/> on an in-memory project, then compiles the project with
    /// the generated code the way a strict consumer would: warnings reported, documentation checked.
    /// </summary>
    internal static class GeneratorHarness
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> References = new Lazy<ImmutableArray<MetadataReference>>(LoadReferences);

        /// <summary>The framework assemblies and GlossaryGen.Runtime, which every test compilation references.</summary>
        public static ImmutableArray<MetadataReference> FrameworkAndRuntime => References.Value;

        public static GeneratorRun Run(
            IEnumerable<AdditionalText> glossaries,
            string consumerCode = "",
            LanguageVersion languageVersion = LanguageVersion.Latest,
            NullableContextOptions nullable = NullableContextOptions.Enable,
            TestOptionsProvider? options = null,
            string assemblyName = "Consumer")
        {
            CSharpCompilation compilation = CreateCompilation(consumerCode, languageVersion, nullable, assemblyName);
            GeneratorDriver driver = CreateDriver(glossaries, languageVersion, options, trackSteps: true);
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
            GeneratorDriverRunResult first = driver.GetRunResult();
            AssertSecondRunIsCached(driver, compilation, first);
            return new GeneratorRun(first, output);
        }

        /// <summary>
        /// Runs the generator again on the same input, as the IDE does after an edit elsewhere, and checks that every
        /// step's output came from the cache and the same sources came out (NetEscapades.EnumGenerators' TestHelpers).
        /// </summary>
        private static void AssertSecondRunIsCached(GeneratorDriver driver, CSharpCompilation compilation, GeneratorDriverRunResult first)
        {
            GeneratorRunResult second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();
            foreach (var steps in second.TrackedSteps.Where(pair => !pair.Key.StartsWith("Compilation", StringComparison.Ordinal)))
            {
                foreach (var output in steps.Value.SelectMany(step => step.Outputs))
                {
                    Xunit.Assert.True(
                        output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                        $"Step '{steps.Key}' ran again on unchanged input ({output.Reason}).");
                }
            }

            foreach (var output in second.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(step => step.Outputs))
            {
                Xunit.Assert.Equal(IncrementalStepRunReason.Cached, output.Reason);
            }

            Xunit.Assert.Equal(
                first.Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())),
                second.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())));
        }

        public static CSharpCompilation CreateCompilation(string consumerCode, LanguageVersion languageVersion, NullableContextOptions nullable, string assemblyName = "Consumer")
        {
            // DocumentationMode.Diagnose is what GenerateDocumentationFile does: missing or malformed docs warn.
            var parseOptions = new CSharpParseOptions(languageVersion, DocumentationMode.Diagnose);
            var trees = string.IsNullOrEmpty(consumerCode)
                ? Array.Empty<SyntaxTree>()
                : new[] { CSharpSyntaxTree.ParseText(consumerCode, parseOptions, path: "Consumer.cs") };
            var compilationOptions = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: languageVersion >= LanguageVersion.CSharp8 || languageVersion == LanguageVersion.Latest ? nullable : NullableContextOptions.Disable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                deterministic: true);
            return CSharpCompilation.Create(assemblyName, trees, References.Value, compilationOptions);
        }

        public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> glossaries, LanguageVersion languageVersion = LanguageVersion.Latest, TestOptionsProvider? options = null, bool trackSteps = false)
            => CSharpGeneratorDriver.Create(
                generators: new[] { new GlossaryGenerator().AsSourceGenerator() },
                additionalTexts: glossaries,
                parseOptions: new CSharpParseOptions(languageVersion, DocumentationMode.Diagnose),
                optionsProvider: options ?? new TestOptionsProvider(),
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

        private static ImmutableArray<MetadataReference> LoadReferences()
        {
            string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
            return trusted
                .Split(Path.PathSeparator)
                .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                    || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
                .Append(typeof(GlossaryEntry).Assembly.Location)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
        }
    }
}
