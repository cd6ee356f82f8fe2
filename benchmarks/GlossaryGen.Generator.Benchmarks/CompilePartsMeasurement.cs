using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GlossaryGen.Generator.Benchmarks
{
    /// <summary>
    /// Which generated file costs the compile its time (<c>--compile-parts N</c>): the project is bound and emitted
    /// with all generated files, then without each kind of file in turn (the rest then has errors, which still
    /// costs the binding). A stopwatch, one compile each: for finding the expensive part, not for the record.
    /// </summary>
    internal static class CompilePartsMeasurement
    {
        public static void Print(int glossaryCount)
        {
            var project = new SyntheticProject(glossaryCount, termsPerGlossary: 100, sourceFileCount: 50);
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { GeneratorLoader.Create().AsSourceGenerator() }, project.Glossaries, SyntheticProject.ParseOptions, SyntheticProject.Options);
            var trees = driver.RunGenerators(project.CreateCompilation(ImmutableArray<SyntaxTree>.Empty)).GetRunResult().GeneratedTrees;
            Time("warm-up", project, trees);
            Time("all generated files", project, trees);
            foreach (string kind in new[] { ".Matcher.g.cs", ".Files." })
            {
                Time("without *" + kind, project, trees.Where(tree => !tree.FilePath.Contains(kind, StringComparison.Ordinal)).ToImmutableArray());
            }

            Time("none", project, ImmutableArray<SyntaxTree>.Empty);

            // Each file's share of parsing: a long line of escaped table data can cost more to lex than its size suggests.
            foreach (var group in trees.GroupBy(Kind))
            {
                var texts = group.Select(tree => tree.GetText().ToString()).ToList();
                var watch = Stopwatch.StartNew();
                foreach (string text in texts)
                {
                    CSharpSyntaxTree.ParseText(text, SyntheticProject.ParseOptions);
                }

                Console.WriteLine($"parsing {group.Key} ({texts.Sum(text => text.Length):N0} chars): {watch.ElapsedMilliseconds} ms");
            }

            // Each file's share of binding, one after another in one compilation (later files reuse what earlier ones bound).
            var all = project.CreateCompilation(trees);
            foreach (var group in trees.GroupBy(Kind))
            {
                var watch = Stopwatch.StartNew();
                foreach (var tree in group)
                {
                    all.GetSemanticModel(tree).GetDiagnostics();
                }

                Console.WriteLine($"binding {group.Key}: {watch.ElapsedMilliseconds} ms");
            }
        }

        private static string Kind(SyntaxTree tree)
            => tree.FilePath.Contains(".Files.", StringComparison.Ordinal) ? "Files.*" : System.IO.Path.GetFileName(tree.FilePath);

        private static void Time(string label, SyntheticProject project, ImmutableArray<SyntaxTree> trees)
        {
            var watch = Stopwatch.StartNew();
            var compilation = project.CreateCompilation(trees);
            int errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            Console.WriteLine($"{label}: {watch.ElapsedMilliseconds} ms ({errors} errors)");
        }
    }
}
