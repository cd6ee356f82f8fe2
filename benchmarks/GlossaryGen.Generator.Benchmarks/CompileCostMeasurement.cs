using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GlossaryGen.Generator.Benchmarks
{
    /// <summary>
    /// What the generated code adds to every build: the project compiled (parse, bind, emit) without the generated
    /// sources and with them. One compile with the code of 10,000 terms takes minutes, beyond what BenchmarkDotNet's
    /// in-process job allows, so this is timed with a stopwatch: a warm-up, then <c>repeats</c> compiles of each.
    /// </summary>
    internal static class CompileCostMeasurement
    {
        public static void Print(int repeats, int glossaryCount)
        {
            var project = new SyntheticProject(glossaryCount, termsPerGlossary: 100, sourceFileCount: 50);
            Console.WriteLine($"{glossaryCount} glossaries, {project.TermCount} terms");
            var driver = CSharpGeneratorDriver.Create(
                new[] { GeneratorLoader.Create().AsSourceGenerator() },
                project.Glossaries,
                SyntheticProject.ParseOptions,
                SyntheticProject.Options);
            var generated = driver.RunGenerators(project.CreateCompilation(ImmutableArray<SyntaxTree>.Empty))
                .GetRunResult().GeneratedTrees.Select(tree => (tree.FilePath, Text: tree.GetText().ToString())).ToList();

            Emit(project, ImmutableArray<SyntaxTree>.Empty);
            var without = Time(repeats, () => Emit(project, ImmutableArray<SyntaxTree>.Empty));
            Console.WriteLine($"compile without generated code: {without.TotalMilliseconds:F0} ms");

            var parse = Time(repeats, () => Parse(generated));
            Console.WriteLine($"parse generated code ({generated.Sum(source => source.Text.Length):N0} chars): {parse.TotalMilliseconds:F0} ms");

            var with = Time(repeats, () => Emit(project, Parse(generated)));
            Console.WriteLine($"compile with generated code: {with.TotalMilliseconds:F0} ms (added: {(with - without).TotalMilliseconds:F0} ms)");
        }

        private static ImmutableArray<SyntaxTree> Parse(System.Collections.Generic.IEnumerable<(string Path, string Text)> sources) =>
            sources.Select(source => CSharpSyntaxTree.ParseText(source.Text, SyntheticProject.ParseOptions, source.Path)).ToImmutableArray();

        private static void Emit(SyntheticProject project, ImmutableArray<SyntaxTree> generatedTrees)
        {
            using var peStream = new MemoryStream();
            var result = project.CreateCompilation(generatedTrees).Emit(peStream);
            if (!result.Success)
            {
                throw new InvalidOperationException("The synthetic project does not compile: " + result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error));
            }
        }

        /// <summary>The median of <paramref name="repeats"/> timed runs.</summary>
        private static TimeSpan Time(int repeats, Action action)
        {
            var times = Enumerable.Range(0, repeats).Select(_ =>
            {
                var stopwatch = Stopwatch.StartNew();
                action();
                return stopwatch.Elapsed;
            }).OrderBy(time => time).ToList();
            return times[times.Count / 2];
        }
    }
}
