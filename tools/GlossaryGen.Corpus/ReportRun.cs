using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using GlossaryGen.Model;
using GlossaryGen.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GlossaryGen.Corpus
{
    /// <summary>One diagnostic of the generator run, reduced to what the listing prints.</summary>
    internal sealed record RunDiagnostic(string Id, DiagnosticSeverity Severity, int Line, string Message);

    /// <summary>What one report gave: the generator's diagnostics and time, and the parser's entries.</summary>
    internal sealed record ReportResult(
        string Name,
        string[] Lines,
        ParsedGlossary Parsed,
        IReadOnlyList<RunDiagnostic> Diagnostics,
        TimeSpan Time);

    /// <summary>
    /// Runs the real generator through <see cref="CSharpGeneratorDriver"/> over one report, as a build with
    /// <c>&lt;AdditionalFiles Include="report" Glossary="true" /&gt;</c> would, so each report is timed alone.
    /// </summary>
    internal static class ReportRun
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> References = new Lazy<ImmutableArray<MetadataReference>>(LoadReferences);

        public static ReportResult Run(string path, string glossaryMetadata)
        {
            var file = new FileText(Path.GetFullPath(path), File.ReadAllBytes(path));
            CSharpCompilation compilation = CSharpCompilation.Create(
                "CorpusConsumer",
                Array.Empty<SyntaxTree>(),
                References.Value,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            // Each report runs twice in a fresh driver; the second run is timed, so code paths the report is
            // the first to reach are JIT-compiled before, not charged to it.
            CreateDriver(file, glossaryMetadata).RunGenerators(compilation);
            GeneratorDriver driver = CreateDriver(file, glossaryMetadata);
            Stopwatch watch = Stopwatch.StartNew();
            driver = driver.RunGenerators(compilation);
            watch.Stop();

            GeneratorDriverRunResult result = driver.GetRunResult();
            List<RunDiagnostic> diagnostics = result.Diagnostics
                .Select(d => new RunDiagnostic(d.Id, d.Severity, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)))
                .OrderBy(d => d.Line)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ToList();

            // The entry list comes from the parser itself (the generator keeps it internal); it is the
            // same pure function of the same text the generator just ran.
            string text = file.Content;
            ParsedGlossary parsed = GlossaryParser.Parse(text, Path.GetFileName(path));
            if (string.Equals(glossaryMetadata, "report", StringComparison.OrdinalIgnoreCase) && parsed.SectionStartLine == 0)
            {
                // As the generator does: a report without a glossary section has no entries, only a body.
                parsed = ParsedGlossary.Empty;
            }

            string[] lines = file.GetText().Lines.Select(line => line.ToString()).ToArray();
            return new ReportResult(Path.GetFileNameWithoutExtension(path), lines, parsed, diagnostics, watch.Elapsed);
        }

        private static GeneratorDriver CreateDriver(AdditionalText file, string glossaryMetadata)
            => CSharpGeneratorDriver.Create(
                generators: new[] { new GlossaryGenerator().AsSourceGenerator() },
                additionalTexts: new[] { file },
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose),
                optionsProvider: new MetadataOptionsProvider(glossaryMetadata));

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
