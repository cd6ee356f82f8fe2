using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using GlossaryGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GlossaryGen.Generator.Benchmarks
{
    /// <summary>
    /// What the lookup analyzer costs per analysed file on the synthetic project of 10,000 terms, as the IDE runs it:
    /// a fresh compilation (every edit makes one), its first file (which looks the glossary class's index up), then
    /// every further file one at a time; the very first file of the process also decodes the index. The analyzer's own time comes from Roslyn's analyzer telemetry
    /// (<see cref="CompilationWithAnalyzers.GetAnalyzerTelemetryInfoAsync"/>); the wall time of analysing a file
    /// (binding included, which the compiler pays anyway) is printed beside it. A stopwatch run rather than
    /// BenchmarkDotNet: each sample needs a fresh compilation whose first file differs from the others.
    /// </summary>
    internal static class AnalyzerCostMeasurement
    {
        private const int LookupFileCount = 50;

        public static void Print(int repeats, int glossaryCount)
        {
            var project = new SyntheticProject(glossaryCount, termsPerGlossary: 100, sourceFileCount: 50);
            var driver = CSharpGeneratorDriver.Create(
                new[] { GeneratorLoader.Create().AsSourceGenerator() },
                project.Glossaries,
                SyntheticProject.ParseOptions,
                SyntheticProject.Options);
            var generated = driver.RunGenerators(project.CreateCompilation(ImmutableArray<SyntaxTree>.Empty)).GetRunResult().GeneratedTrees;
            var terms = TermsOf(generated);
            Console.WriteLine($"{project.TermCount} terms; {LookupFileCount} files with 12 constant lookups each");
            foreach (bool misspelt in new[] { false, true })
            {
                var lookupFiles = Enumerable.Range(1, LookupFileCount).Select(index => LookupFile(index, terms, misspelt)).ToImmutableArray();
                var compilation = project.CreateCompilation(generated.Concat(lookupFiles));
                Console.WriteLine(misspelt ? "8 known, 4 misspelt (GG0601 with closest terms):" : "12 known (GG0602 or nothing):");
                var baseline = Enumerable.Range(0, repeats + 1).Select(_ => Measure(compilation.Clone(), lookupFiles, new EmptyInvocationAnalyzer())).Skip(1).ToList();
                Console.WriteLine($"  baseline, an analyzer that does nothing with the same invocations: first file {Median(baseline, s => s.FirstAnalyzer):F2} ms (wall {Median(baseline, s => s.FirstWall):F1} ms), each further file {Median(baseline, s => s.FurtherAnalyzer):F3} ms (wall {Median(baseline, s => s.FurtherWall):F2} ms)");
                var all = Enumerable.Range(0, repeats + 1).Select(_ => Measure(compilation.Clone(), lookupFiles, new LookupAnalyzer())).ToList();
                var samples = all.Skip(1).ToList();
                Console.WriteLine($"  first file of the first compilation (index decoded, analyzer warming up): analyzer {all[0].FirstAnalyzer:F2} ms (wall {all[0].FirstWall:F1} ms)");
                Console.WriteLine($"  first file of a later compilation: analyzer {Median(samples, s => s.FirstAnalyzer):F2} ms (wall {Median(samples, s => s.FirstWall):F1} ms)");
                Console.WriteLine($"  each further file: analyzer {Median(samples, s => s.FurtherAnalyzer):F3} ms (wall {Median(samples, s => s.FurtherWall):F2} ms)");
                Console.WriteLine($"  diagnostics per compilation: {samples[0].Diagnostics}");
            }
        }

        private static Sample Measure(Compilation compilation, ImmutableArray<SyntaxTree> lookupFiles, DiagnosticAnalyzer analyzer)
        {
            var analyzers = ImmutableArray.Create(analyzer);
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
            var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
            var trees = lookupFiles.Select(file => compilation.SyntaxTrees.Single(tree => tree.FilePath == file.FilePath)).ToList();

            var stopwatch = Stopwatch.StartNew();
            int diagnostics = Analyze(withAnalyzers, compilation, trees[0]);
            double firstWall = stopwatch.Elapsed.TotalMilliseconds;
            double firstAnalyzer = AnalyzerTime(withAnalyzers, analyzers[0]);

            stopwatch.Restart();
            foreach (var tree in trees.Skip(1))
            {
                diagnostics += Analyze(withAnalyzers, compilation, tree);
            }

            double furtherWall = stopwatch.Elapsed.TotalMilliseconds / (trees.Count - 1);
            double furtherAnalyzer = (AnalyzerTime(withAnalyzers, analyzers[0]) - firstAnalyzer) / (trees.Count - 1);
            return new Sample(firstAnalyzer, firstWall, furtherAnalyzer, furtherWall, diagnostics);
        }

        private static int Analyze(CompilationWithAnalyzers withAnalyzers, Compilation compilation, SyntaxTree tree)
            => withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), filterSpan: null, CancellationToken.None).Result.Length;

        private static double AnalyzerTime(CompilationWithAnalyzers withAnalyzers, DiagnosticAnalyzer analyzer)
            => withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).Result.ExecutionTime.TotalMilliseconds;

        private static double Median(List<Sample> samples, Func<Sample, double> value)
        {
            var sorted = samples.Select(value).OrderBy(v => v).ToList();
            return sorted[sorted.Count / 2];
        }

        /// <summary>The terms of the generated <c>Definitions</c> class, read from its constants.</summary>
        private static List<string> TermsOf(ImmutableArray<SyntaxTree> generated)
        {
            var all = generated.Single(tree => tree.FilePath.EndsWith("Glossary.g.cs", StringComparison.Ordinal));
            return all.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>()
                .Single(type => type.Identifier.Text == "Definitions")
                .Members.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.FieldDeclarationSyntax>()
                .Select(field => field.Declaration.Variables[0].Identifier.ValueText)
                .ToList();
        }

        /// <summary>A file of constant lookups: <c>Expand</c> and <c>TryExpand</c> of known terms, and <c>Lookup</c> of a known or a misspelt one.</summary>
        private static SyntaxTree LookupFile(int index, List<string> terms, bool misspelt)
        {
            var code = new StringBuilder();
            code.Append("namespace Synthetic.Project.Lookups\n{\n    public static class Lookups").Append(index).Append("\n    {\n");
            code.Append("        public static void Use()\n        {\n");
            for (int i = 0; i < 4; i++)
            {
                string term = terms[(index * 31 + i * 101) % terms.Count];
                code.Append("            Glossary.Expand(\"").Append(term).Append("\");\n");
                code.Append("            Glossary.TryExpand(\"").Append(term).Append("\", out string d").Append(i).Append(");\n");
                code.Append("            Glossary.Lookup(\"").Append(misspelt ? term.Substring(0, term.Length - 1) + "零" : term).Append("\");\n");
            }

            code.Append("        }\n    }\n}\n");
            return CSharpSyntaxTree.ParseText(code.ToString(), SyntheticProject.ParseOptions, $"/project/Code/Lookups{index:D3}.cs", Encoding.UTF8);
        }

        /// <summary>What the analyzer driver costs by itself for the same registration: invocation operations, no work.</summary>
        // A measuring aid, never shipped or loaded by a compiler: no attribute, no release tracking.
#pragma warning disable RS1001, RS1036, RS2008
        private sealed class EmptyInvocationAnalyzer : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Unused = new DiagnosticDescriptor("BASE001", "Unused", "Unused", "Baseline", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Unused);

            public override void Initialize(AnalysisContext context)
            {
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.EnableConcurrentExecution();
                context.RegisterOperationAction(_ => { }, OperationKind.Invocation);
            }
        }
#pragma warning restore RS1001, RS1036, RS2008

        private readonly record struct Sample(double FirstAnalyzer, double FirstWall, double FurtherAnalyzer, double FurtherWall, int Diagnostics);
    }
}
