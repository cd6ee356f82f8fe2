using System.Collections.Immutable;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GlossaryGen.Generator.Benchmarks
{
    /// <summary>
    /// What the generated code adds to every build: the project compiled (parse, bind, emit) without the
    /// generated sources and with them. The difference is the cost users pay per compile.
    /// </summary>
    [MemoryDiagnoser]
    public class CompileCostBenchmarks
    {
        private SyntheticProject _project = null!;
        private ImmutableArray<(string Path, string Text)> _generated;

        [GlobalSetup]
        public void Setup()
        {
            _project = new SyntheticProject(glossaryCount: 100, termsPerGlossary: 100, sourceFileCount: 50);
            var driver = CSharpGeneratorDriver.Create(
                new[] { GeneratorLoader.Create().AsSourceGenerator() },
                _project.Glossaries,
                SyntheticProject.ParseOptions,
                SyntheticProject.Options);
            var result = driver.RunGenerators(_project.CreateCompilation(ImmutableArray<SyntaxTree>.Empty)).GetRunResult();
            _generated = result.GeneratedTrees.Select(tree => (tree.FilePath, tree.GetText().ToString())).ToImmutableArray();

            // Timing a compile that fails would measure the wrong thing.
            if (_generated.IsEmpty || CompileWithGeneratedCode() < 0)
            {
                throw new System.InvalidOperationException("The synthetic project does not compile with the generated code.");
            }
        }

        [Benchmark(Baseline = true)]
        public long CompileWithoutGeneratedCode() => Emit(ImmutableArray<SyntaxTree>.Empty);

        [Benchmark]
        public long CompileWithGeneratedCode() =>
            Emit(_generated.Select(source => CSharpSyntaxTree.ParseText(source.Text, SyntheticProject.ParseOptions, source.Path)).ToImmutableArray());

        private long Emit(ImmutableArray<SyntaxTree> generatedTrees)
        {
            using var peStream = new MemoryStream();
            var result = _project.CreateCompilation(generatedTrees).Emit(peStream);
            return result.Success ? peStream.Length : -1;
        }
    }
}
